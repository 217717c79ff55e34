package org.concerto.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    @Test
    void refusesAPasswordShorterThanTwelveCharacters() {
        assertThatThrownBy(
                        () -> new UserAccount("amartin", "elevenchars".toCharArray(), null, Set.of(Role.PARTICIPANT)))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getKey()).isEqualTo("error.password.tooShort");
                    assertThat(e.getArguments()).containsExactly(12);
                });
    }

    @Test
    void refusesAMissingPassword() {
        assertThatThrownBy(() -> new UserAccount("amartin", null, null, Set.of(Role.PARTICIPANT)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.password.tooShort"));
    }

    @Test
    void refusesAnAccountWithoutRole() {
        assertThatThrownBy(() -> new UserAccount("amartin", "twelve chars".toCharArray(), null, Set.of()))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.required"));
    }

    @Test
    void normalisesTheLoginToTrimmedLowerCase() {
        assertThat(UserAccount.normaliseLogin("  Anne.MARTIN ")).isEqualTo("anne.martin");
    }

    @Test
    void aLoginIsRequired() {
        assertThatThrownBy(() -> UserAccount.normaliseLogin("  "))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.required"));
    }

    @Test
    void aNewAccountIsEnabledWithItsLoginNormalisedAndATwelveCharacterPasswordHashed() {
        UserAccount account =
                new UserAccount(" AMartin ", "twelve chars".toCharArray(), null, Set.of(Role.SECRETARIAT));

        assertThat(account.getLogin()).isEqualTo("amartin");
        assertThat(account.isEnabled()).isTrue();
        assertThat(account.hasRole(Role.SECRETARIAT)).isTrue();
        assertThat(account.hasRole(Role.PARTICIPANT)).isFalse();
        assertThat(PasswordHasher.matches("twelve chars".toCharArray(), account.getPasswordHash()))
                .isTrue();
    }
}
