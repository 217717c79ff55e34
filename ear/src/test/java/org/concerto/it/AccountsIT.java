package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.security.AccountService;
import org.concerto.security.AccountSettings;
import org.concerto.security.AccountStatus;
import org.concerto.security.Enrolment;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityEventRow;
import org.concerto.security.SecurityLog;
import org.concerto.security.Totp;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Accounts through the services and the real Elytron realm: invitation and reset links (one-time,
 * expiring, hashed), the password policy, the lockout after repeated failures, the second factor, and
 * what the security log says of it all.
 */
@ExtendWith(ArquillianExtension.class)
class AccountsIT {

    private static final Pattern LINK = Pattern.compile("account/password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final String CHOSEN = "une pompe, deux cathéters";

    @Inject
    Fixtures fixtures;

    @Inject
    AccountService accounts;

    @Inject
    SecurityLog securityLog;

    private String secretariat() {
        return fixtures.account(null, Role.SECRETARIAT);
    }

    private String tokenIn(String text) {
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("the mail carries the link: " + text).isTrue();
        return link.group(1);
    }

    @Test
    void anInvitedPersonChoosesAPasswordOnceThroughTheLinkAndLogsIn() throws Exception {
        String staff = secretariat();
        Long personId = fixtures.person("Lucie", "Invitée", null);
        String email = fixtures.email(personId);

        AsUser.call(staff, Fixtures.PASSWORD, () -> {
            assertThat(accounts.status(personId).getState()).isEqualTo(AccountStatus.State.NONE);
            accounts.invite(personId, Role.PARTICIPANT);
            assertThat(accounts.status(personId).getState()).isEqualTo(AccountStatus.State.INVITED);
            return null;
        });
        String mail = fixtures.lastMailText(email);
        assertThat(mail).contains("Lucie Invitée").contains("Votre identifiant est " + email);
        String token = tokenIn(mail);

        assertThat(accounts.link(token).getLogin()).isEqualTo(email);
        assertThat(accounts.link(token).isInvitation()).isTrue();
        assertThatThrownBy(() -> accounts.choosePassword(token, "motdepasse123".toCharArray(), "127.0.0.1"))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.password.common"));
        assertThatThrownBy(() -> AsUser.login(email, CHOSEN))
                .as("no password chosen yet")
                .isNotNull();

        accounts.choosePassword(token, CHOSEN.toCharArray(), "127.0.0.1");

        assertThat(AsUser.call(email, CHOSEN, () -> accounts.hasSecondFactor())).isFalse();
        assertThatThrownBy(() -> accounts.link(token))
                .as("the link works once")
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.account.linkInvalid"));
        assertThatThrownBy(() -> accounts.choosePassword(token, "un autre mot de passe".toCharArray(), "127.0.0.1"))
                .isInstanceOf(BusinessException.class);
        AsUser.call(staff, Fixtures.PASSWORD, () -> {
            assertThat(accounts.status(personId).getState()).isEqualTo(AccountStatus.State.ACTIVE);
            assertThatThrownBy(() -> accounts.invite(personId, Role.PARTICIPANT))
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                            .isEqualTo("error.account.alreadyActive"));
            return null;
        });
        assertThat(fixtures.securityEvents(email))
                .contains(SecurityEventKind.ACCOUNT_INVITED, SecurityEventKind.PASSWORD_CHANGED);
    }

    @Test
    void onlyTheSecretariatInvites() throws Exception {
        Long personId = fixtures.person("Paul", "Participant", null);
        String participant = fixtures.account(personId, Role.PARTICIPANT);
        Long other = fixtures.person("Autre", "Personne", null);
        assertThatThrownBy(() -> AsUser.call(participant, Fixtures.PASSWORD, () -> {
                    accounts.invite(other, Role.SECRETARIAT);
                    return null;
                }))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> accounts.invite(other, Role.PARTICIPANT)).isInstanceOf(EJBAccessException.class);
    }

    @Test
    void anExpiredLinkOrANewerOneRefusesTheOldOne() throws Exception {
        String staff = secretariat();
        Long personId = fixtures.person("Eva", "Expirée", null);
        String email = fixtures.email(personId);
        AsUser.call(staff, Fixtures.PASSWORD, () -> {
            accounts.invite(personId, Role.PARTICIPANT);
            return null;
        });
        String first = tokenIn(fixtures.lastMailText(email));
        AsUser.call(staff, Fixtures.PASSWORD, () -> {
            accounts.invite(personId, Role.PARTICIPANT);
            return null;
        });
        String second = tokenIn(fixtures.lastMailText(email));
        assertThat(second).isNotEqualTo(first);
        assertThatThrownBy(() -> accounts.link(first))
                .as("replaced by the newer invitation")
                .isInstanceOf(BusinessException.class);
        assertThatCode(() -> accounts.link(second)).doesNotThrowAnyException();

        fixtures.expireLinks(email);

        assertThatThrownBy(() -> accounts.choosePassword(second, CHOSEN.toCharArray(), null))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> accounts.link("not-a-token")).isInstanceOf(BusinessException.class);
    }

    @Test
    void aResetIsMailedOnlyToAKnownAddressAndTheAnswerIsTheSameOtherwise() throws Exception {
        Long personId = fixtures.person("Rémi", "Oublieux", null);
        String login = fixtures.account(personId, Role.PARTICIPANT);
        String email = fixtures.email(personId);
        String unknown = Fixtures.unique("nobody").toLowerCase() + "@it.concerto.example";

        assertThatCode(() -> accounts.requestReset(unknown, "127.0.0.1")).doesNotThrowAnyException();
        assertThat(fixtures.mailCount(unknown)).isZero();

        accounts.requestReset(email.toUpperCase(), "127.0.0.1");
        String token = tokenIn(fixtures.lastMailText(email));
        assertThat(accounts.link(token).isInvitation()).isFalse();
        accounts.choosePassword(token, CHOSEN.toCharArray(), "127.0.0.1");
        assertThat(AsUser.call(login, CHOSEN, () -> true)).isTrue();
        assertThatThrownBy(() -> AsUser.login(login, Fixtures.PASSWORD))
                .as("the old password is gone")
                .isNotNull();

        // A few links an hour, not an inbox flooded by whoever types the address.
        for (int i = 0; i < 5; i++) {
            accounts.requestReset(login, null);
        }
        assertThat(fixtures.mailCount(email)).isEqualTo(3);
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPasswordUntilANewOneIsChosen() throws Exception {
        Long personId = fixtures.person("Bruno", "Force", null);
        String login = fixtures.account(personId, Role.PARTICIPANT);
        // From several addresses: one address alone is refused before it could lock anybody's account.
        String network = freshNetwork();
        for (int i = 0; i < AccountSettings.maxFailures(); i++) {
            assertThat(fixtures.locked(login)).isFalse();
            accounts.loginFailed(login, network + (i % 4 + 1));
        }
        assertThat(fixtures.locked(login)).isTrue();
        assertThatThrownBy(() -> AsUser.login(login, Fixtures.PASSWORD))
                .as("the realm refuses a locked account")
                .isNotNull();
        assertThat(fixtures.securityEvents(login))
                .contains(SecurityEventKind.LOCKED_OUT, SecurityEventKind.LOGIN_FAILED);

        accounts.requestReset(fixtures.email(personId), null);
        accounts.choosePassword(tokenIn(fixtures.lastMailText(fixtures.email(personId))), CHOSEN.toCharArray(), null);

        assertThat(fixtures.locked(login)).isFalse();
        assertThat(AsUser.call(login, CHOSEN, () -> true)).isTrue();
    }

    @Test
    void oneAddressAloneIsRefusedLongBeforeItCouldLockAnAccount() throws Exception {
        Long personId = fixtures.person("Alice", "Visée", null);
        String login = fixtures.account(personId, Role.PARTICIPANT);
        String address = freshNetwork() + "1";
        assertThat(AccountSettings.addressMaxFailures()).isLessThan(AccountSettings.maxFailures());
        for (int i = 1; i < AccountSettings.addressMaxFailures(); i++) {
            assertThat(accounts.loginFailed(login, address).isAddressRefused()).isFalse();
        }
        assertThat(accounts.loginFailed(login, address).isAddressRefused()).isTrue();
        for (int i = 0; i < 3 * AccountSettings.maxFailures(); i++) {
            assertThat(accounts.loginFailed(login, address).isAddressRefused()).isTrue();
        }
        assertThat(fixtures.locked(login))
                .as("the owner is not locked out by one address")
                .isFalse();
        assertThat(AsUser.call(login, Fixtures.PASSWORD, () -> accounts.loginSucceeded(address)))
                .as("the right password from the refused address opens nothing")
                .isFalse();
        assertThat(AsUser.call(login, Fixtures.PASSWORD, () -> accounts.loginSucceeded(freshNetwork() + "1")))
                .as("from elsewhere")
                .isTrue();
        assertThat(fixtures.securityEvents(login)).contains(SecurityEventKind.ADDRESS_REFUSED);
    }

    @Test
    void theSlowDownGrowsWithTheAddressFailuresTheSameForAKnownAndAnUnknownLogin() throws Exception {
        String login = fixtures.account(fixtures.person("Lent", "Ralenti", null), Role.PARTICIPANT);
        String unknown = Fixtures.unique("nobody").toLowerCase() + "@it.concerto.example";
        String one = freshNetwork() + "1";
        String other = freshNetwork() + "1";
        List<Long> known = new java.util.ArrayList<>();
        List<Long> stranger = new java.util.ArrayList<>();
        for (int i = 0; i < 4; i++) {
            known.add(accounts.loginFailed(login, one).getDelayMillis());
            stranger.add(accounts.loginFailed(unknown, other).getDelayMillis());
        }
        assertThat(known).isEqualTo(stranger).isSorted().doesNotHaveDuplicates();
        assertThat(known.get(0)).isEqualTo(AccountSettings.delayStepMillis());
        assertThat(known.get(3)).isEqualTo(8 * AccountSettings.delayStepMillis());
    }

    private static final java.util.concurrent.atomic.AtomicInteger NETWORKS =
            new java.util.concurrent.atomic.AtomicInteger(
                    java.util.concurrent.ThreadLocalRandom.current().nextInt(0, 256));

    /** "198.x.y.": the first three parts of IPv4 addresses no other test uses (198.18.0.0/15: benchmarks, never routed). */
    private static String freshNetwork() {
        int n = NETWORKS.getAndIncrement() % 512;
        return "198." + (18 + n / 256) + "." + n % 256 + ".";
    }

    @Test
    void theSecondFactorTakesACurrentCodeOnceAndEachRecoveryCodeOnce() throws Exception {
        String login = fixtures.account(fixtures.person("Tina", "Totp", null), Role.PARTICIPANT);
        AsUser.call(login, Fixtures.PASSWORD, () -> {
            assertThat(accounts.secondFactorRequired()).isFalse();
            Enrolment enrolment = accounts.startEnrolment();
            assertThat(enrolment.getUri())
                    .startsWith("otpauth://totp/Concerto")
                    .contains("secret=" + enrolment.getSecret());
            assertThatThrownBy(() -> accounts.enrol(enrolment, "000000", null)).isInstanceOf(BusinessException.class);

            String code = Totp.code(
                    Totp.Base32.decode(enrolment.getSecret()),
                    new Totp(Clock.systemUTC()).currentStep(),
                    6,
                    "HmacSHA1");
            List<String> recovery = accounts.enrol(enrolment, code, null);

            assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
            assertThat(accounts.secondFactorRequired()).isTrue();
            assertThat(accounts.verifySecondFactor(code, null))
                    .as("a code is never taken twice")
                    .isFalse();
            assertThat(accounts.verifySecondFactor(recovery.get(0), null)).isTrue();
            assertThat(accounts.verifySecondFactor(recovery.get(0), null)).isFalse();
            assertThat(accounts.recoveryCodesLeft()).isEqualTo(9);
            assertThat(accounts.removeSecondFactor(null, null)).isFalse();
            assertThat(accounts.removeSecondFactor(code, null))
                    .as("a code already used does not prove anything")
                    .isFalse();
            assertThat(accounts.removeSecondFactor("not the password", null)).isFalse();
            assertThat(accounts.secondFactorRequired())
                    .as("still on after wrong proofs")
                    .isTrue();
            assertThat(accounts.removeSecondFactor(Fixtures.PASSWORD, null)).isTrue();
            assertThat(accounts.secondFactorRequired()).isFalse();
            return null;
        });
        assertThat(fixtures.securityEvents(login))
                .contains(
                        SecurityEventKind.SECOND_FACTOR_ENROLLED,
                        SecurityEventKind.RECOVERY_CODE_USED,
                        SecurityEventKind.SECOND_FACTOR_FAILED,
                        SecurityEventKind.SECOND_FACTOR_REMOVED);
    }

    @Test
    void theSecretariatReadsTheSecurityLogFilteredInTheDatabaseAndNoOneElseDoes() throws Exception {
        String staff = secretariat();
        String login = fixtures.account(null, Role.PARTICIPANT);
        accounts.loginFailed(login, "198.51.100.4");
        List<SecurityEventRow> rows = AsUser.call(
                staff,
                Fixtures.PASSWORD,
                () -> securityLog.search(SecurityEventKind.LOGIN_FAILED, login.toUpperCase(), null, null, 0, 20));
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.getLogin()).isEqualTo(login);
            assertThat(row.getRemoteAddress()).isEqualTo("198.51.100.4");
        });
        assertThat(AsUser.call(staff, Fixtures.PASSWORD, () -> securityLog.search(null, "%", null, null, 0, 5)))
                .as("% is a character, not a wildcard")
                .allSatisfy(row -> assertThat(row.getLogin()).contains("%"));
        assertThatThrownBy(() ->
                        AsUser.call(login, Fixtures.PASSWORD, () -> securityLog.search(null, null, null, null, 0, 5)))
                .isInstanceOf(EJBAccessException.class);
    }

    @Test
    void theSecurityLogIsFilteredByPeriodAndAReversedPeriodIsPointedOut() throws Exception {
        String staff = secretariat();
        String login = fixtures.account(null, Role.PARTICIPANT);
        accounts.loginFailed(login, "198.51.100.5");
        java.time.Instant now = java.time.Instant.now();
        java.time.Instant hourAgo = now.minus(java.time.Duration.ofHours(1));
        java.time.Instant inAnHour = now.plus(java.time.Duration.ofHours(1));

        assertThat(AsUser.call(
                        staff, Fixtures.PASSWORD, () -> securityLog.search(null, login, hourAgo, inAnHour, 0, 20)))
                .as("within the period")
                .extracting(SecurityEventRow::getLogin)
                .containsExactly(login);
        assertThat(AsUser.call(staff, Fixtures.PASSWORD, () -> securityLog.count(null, login, hourAgo, inAnHour)))
                .isEqualTo(1);
        assertThat(AsUser.call(
                        staff,
                        Fixtures.PASSWORD,
                        () -> securityLog.search(
                                null, login, hourAgo.minus(java.time.Duration.ofDays(1)), hourAgo, 0, 20)))
                .as("a period that ended before")
                .isEmpty();
        assertThat(AsUser.call(staff, Fixtures.PASSWORD, () -> securityLog.search(null, login, inAnHour, null, 0, 20)))
                .as("a period that starts after")
                .isEmpty();
        assertThatThrownBy(() -> AsUser.call(
                        staff, Fixtures.PASSWORD, () -> securityLog.search(null, login, inAnHour, hourAgo, 0, 20)))
                .isInstanceOfSatisfying(org.concerto.shared.BusinessException.class, e -> assertThat(e.getKey())
                        .isEqualTo("error.securityLog.period"));
    }
}
