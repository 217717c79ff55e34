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
     * on both, and the medians are compared, so that a few slow answers do not decide.
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
        for (int round = 0; round < 15; round++) {
            if (round % 2 == 0) {
                knownMillis.add(timedFailure(known));
                unknownMillis.add(timedFailure(unknown));
            } else {
                unknownMillis.add(timedFailure(unknown));
                knownMillis.add(timedFailure(known));
            }
        }
        long difference = Math.abs(median(knownMillis) - median(unknownMillis));
        assertThat(difference)
                .as(
                        "median answer of a wrong password for a real account %s ms, of an unknown login %s ms (all: %s / %s)",
                        median(knownMillis), median(unknownMillis), knownMillis, unknownMillis)
                .isLessThan(50);
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
