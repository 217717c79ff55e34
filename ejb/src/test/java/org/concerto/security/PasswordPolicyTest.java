package org.concerto.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static void check(String password) {
        PasswordPolicy.check(password.toCharArray(), "marie.lambert@avpi.example", "marie.lambert@avpi.example");
    }

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThatCode(() -> check("pompe à insuline 2007D")).doesNotThrowAnyException();
        assertThatCode(() -> check("Tr0mbone-Hibou-Lune")).doesNotThrowAnyException();
    }

    @Test
    void aShortPasswordIsRefusedWithTheMinimum() {
        assertThatThrownBy(() -> check("court-123")).isInstanceOfSatisfying(BusinessException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.getKey()).isEqualTo("error.password.tooShort");
            org.assertj.core.api.Assertions.assertThat(e.getMessage(java.util.Locale.FRENCH))
                    .contains("12 caractères");
        });
    }

    @Test
    void anOverlongPasswordIsRefused() {
        assertThatThrownBy(() -> check("x1y2".repeat(40))).hasFieldOrPropertyWithValue("key", "error.password.tooLong");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "motdepasse123",
                "MotDePasse123",
                "password1234",
                "azertyuiop123",
                "123456789012",
                "qwertyuiopasdfgh",
                "aaaaaaaaaaaaaaa",
                "abababababababab",
                "concerto-demo"
            })
    void aCommonOrTrivialPasswordIsRefused(String password) {
        assertThatThrownBy(() -> check(password)).hasFieldOrPropertyWithValue("key", "error.password.common");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"marie.lambert@avpi.example", "Marie.Lambert@AVPI.example", "marie.lambert1", "marie.lambert!!"})
    void theLoginOrTheAddressIsRefused(String password) {
        assertThatThrownBy(() -> check(password)).hasFieldOrPropertyWithValue("key", "error.password.personal");
    }

    @Test
    void theListIsShippedAndRead() {
        org.assertj.core.api.Assertions.assertThat(PasswordPolicy.isCommon("Password1234"))
                .isTrue();
        org.assertj.core.api.Assertions.assertThat(PasswordPolicy.isCommon("pompe à insuline 2007D"))
                .isFalse();
    }
}
