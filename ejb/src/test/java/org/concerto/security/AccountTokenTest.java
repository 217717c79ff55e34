package org.concerto.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;
import org.junit.jupiter.api.Test;

class AccountTokenTest {

    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final UserAccount account = UserAccount.invited("marie@avpi.example", null, EnumSet.of(Role.PARTICIPANT));

    @Test
    void onlyTheHashIsKept() {
        String token = Tokens.newToken();
        AccountToken link = new AccountToken(account, TokenPurpose.RESET, token, NOW);
        assertThat(token).hasSize(43);
        assertThat(Tokens.hash(token)).hasSize(64).isNotEqualTo(token);
        assertThat(link.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void aLinkWorksOnce() {
        AccountToken link = new AccountToken(account, TokenPurpose.INVITATION, Tokens.newToken(), NOW);
        link.use(NOW.plusSeconds(60));
        assertThat(link.isUsable(NOW.plusSeconds(61))).isFalse();
        assertThatThrownBy(() -> link.use(NOW.plusSeconds(62)))
                .isInstanceOf(BusinessException.class)
                .hasFieldOrPropertyWithValue("key", "error.account.linkInvalid");
    }

    @Test
    void aLinkExpires() {
        AccountToken invitation = new AccountToken(account, TokenPurpose.INVITATION, Tokens.newToken(), NOW);
        assertThat(invitation.isUsable(NOW.plus(Duration.ofDays(7)).minusSeconds(1)))
                .isTrue();
        assertThat(invitation.isUsable(NOW.plus(Duration.ofDays(7)))).isFalse();
        AccountToken reset = new AccountToken(account, TokenPurpose.RESET, Tokens.newToken(), NOW);
        assertThatThrownBy(() -> reset.use(NOW.plus(Duration.ofMinutes(61)))).isInstanceOf(BusinessException.class);
    }

    @Test
    void aRevokedLinkNoLongerWorks() {
        AccountToken link = new AccountToken(account, TokenPurpose.RESET, Tokens.newToken(), NOW);
        link.revoke(NOW);
        assertThat(link.isUsable(NOW)).isFalse();
    }

    @Test
    void anInvitedAccountIsNotActiveUntilAPasswordIsChosen() {
        assertThat(account.isActivated()).isFalse();
        account.choosePassword("pompe à insuline 2007D".toCharArray(), NOW);
        assertThat(account.isActivated()).isTrue();
    }

    @Test
    void repeatedFailuresLockForAWhileAndANewPasswordUnlocks() {
        UserAccount user =
                new UserAccount("someone", "a-long-enough-pass".toCharArray(), null, EnumSet.of(Role.PARTICIPANT));
        for (int i = 1; i < 5; i++) {
            assertThat(user.loginFailed(NOW, 5, Duration.ofMinutes(15))).isFalse();
            assertThat(user.getFailedLogins()).isEqualTo(i);
        }
        assertThat(user.loginFailed(NOW, 5, Duration.ofMinutes(15))).isTrue();
        assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(user.isLocked(NOW.plus(Duration.ofMinutes(15)))).isFalse();
        user.choosePassword("another-long-pass".toCharArray(), NOW);
        assertThat(user.isLocked(NOW)).isFalse();
    }

    @Test
    void failuresOutsideTheLockWindowStartANewRun() {
        UserAccount user =
                new UserAccount("someone", "a-long-enough-pass".toCharArray(), null, EnumSet.of(Role.PARTICIPANT));
        for (int i = 0; i < 4; i++) {
            user.loginFailed(NOW, 5, Duration.ofMinutes(15));
        }
        assertThat(user.loginFailed(NOW.plus(Duration.ofMinutes(15)), 5, Duration.ofMinutes(15)))
                .as("the four earlier failures are too old to count")
                .isFalse();
        assertThat(user.getFailedLogins()).isEqualTo(1);
    }

    @Test
    void aSuccessStartsTheCountAgain() {
        UserAccount user =
                new UserAccount("someone", "a-long-enough-pass".toCharArray(), null, EnumSet.of(Role.PARTICIPANT));
        user.loginFailed(NOW, 5, Duration.ofMinutes(15));
        user.loginSucceeded();
        assertThat(user.getFailedLogins()).isZero();
    }
}
