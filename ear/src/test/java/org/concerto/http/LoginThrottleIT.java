package org.concerto.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.concerto.it.Deployments;
import org.concerto.it.Scenario;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a stranger learns from the login form, over HTTP: not which logins exist (a wrong password for a real account
 * and an unknown login take the same time), and nothing from a refused address (a right password answers like a
 * wrong one). Every request here leaves from a loopback address of its own, so that the failures it makes are
 * counted for that address alone and never slow down or refuse another test (all of them come from 127.0.0.1).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class LoginThrottleIT {

    URL base = Deployments.application();

    /**
     * The one timed assertion of the suite. Each try leaves from a fresh address, so both kinds get the same step of
     * the slow-down (the first); the two kinds alternate (in both orders) so that a busy moment of the machine falls
     * on both, and the median of the rounds' differences is compared, so that a few slow answers do not decide.
     */
    @Test
    void aWrongPasswordForARealAccountTakesAsLongAsAnUnknownLogin() throws Exception {
        String known = Scenario.create("participant").get("participant");
        String unknown = "nobody-" + System.nanoTime() + "@it.concerto.example";
        for (int warmUp = 0; warmUp < 2; warmUp++) {
            timedFailure(known);
            timedFailure(unknown);
        }
        List<Long> knownMillis = new ArrayList<>();
        List<Long> unknownMillis = new ArrayList<>();
        List<Long> differences = new ArrayList<>();
        for (int round = 0; round < 15; round++) {
            long knownAnswer;
            long unknownAnswer;
            if (round % 2 == 0) {
                knownAnswer = timedFailure(known);
                unknownAnswer = timedFailure(unknown);
            } else {
                unknownAnswer = timedFailure(unknown);
                knownAnswer = timedFailure(known);
            }
            knownMillis.add(knownAnswer);
            unknownMillis.add(unknownAnswer);
            differences.add(knownAnswer - unknownAnswer);
        }
        // The two answers of a round are compared with each other: a busy moment of the machine (the other half
        // of CI, a garbage collection) slows both, where it would shift the medians of the two lists apart.
        long difference = Math.abs(median(differences));
        // Without the dummy hash an unknown login skips the one bcrypt check (a quarter of a second or more, most
        // of an answer): every round would differ by that much. What the test allows is far below it: a fifth of
        // the median answer, at least 50 ms.
        long allowed = Math.max(50, median(knownMillis) / 5);
        assertThat(difference)
                .as(
                        "median difference %s ms between the answers of a round, a wrong password for a real account"
                                + " then an unknown login (all: %s / %s)",
                        median(differences), knownMillis, unknownMillis)
                .isLessThan(allowed);
    }

    @Test
    void anAddressWithTooManyFailuresIsRefusedAndTheRightPasswordAnswersLikeAWrongOne() throws Exception {
        Map<String, String> world = Scenario.create("convening");
        String target = world.get("patient");
        String other = Scenario.create("participant").get("participant");
        FromAddress attacker = new FromAddress(base, FromAddress.freshLoopback());

        // The default limit: ten failures from one address within fifteen minutes.
        for (int i = 1; i < 10; i++) {
            FromAddress.Answer refused = attacker.login(target, "not-the-password-" + i);
            assertThat(refused.body())
                    .as("failure %s", i)
                    .contains("id=\"login-failed\"")
                    .doesNotContain("login-refused");
        }
        FromAddress.Answer tenth = attacker.login(target, "not-the-password-10");
        assertThat(tenth.path()).endsWith("/login.xhtml?refused=true");
        assertThat(tenth.body())
                .contains("id=\"login-refused\"")
                .contains("Trop de tentatives de connexion depuis votre adresse");

        FromAddress.Answer wrong = attacker.login(other, "still-not-the-password");
        FromAddress.Answer right = attacker.login(other, Scenario.PASSWORD);
        assertThat(right.path()).isEqualTo(wrong.path()).endsWith("/login.xhtml?refused=true");
        assertThat(right.body()).contains("id=\"login-refused\"").doesNotContain("userMenu");
        assertThat(attacker.get("index.xhtml").body())
                .as("the right password opened no session")
                .contains("j_security_check");

        // The account itself is not locked: its owner, elsewhere, logs in.
        FromAddress owner = new FromAddress(base, FromAddress.freshLoopback());
        assertThat(owner.login(target, Scenario.PASSWORD).body()).contains(world.get("patientName"));
        assertThat(new FromAddress(base, FromAddress.freshLoopback())
                        .login(other, Scenario.PASSWORD)
                        .body())
                .doesNotContain("login-refused")
                .doesNotContain("j_security_check");
    }

    private long timedFailure(String login) throws Exception {
        FromAddress client = new FromAddress(base, FromAddress.freshLoopback());
        long start = System.nanoTime();
        FromAddress.Answer answer = client.postLogin(login, "not-the-password");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.body()).contains("id=\"login-failed\"");
        return millis;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
