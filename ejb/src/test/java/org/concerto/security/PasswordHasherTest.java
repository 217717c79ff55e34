package org.concerto.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private static final String PASSWORD = "correct horse battery staple";

    private static char[] wiped;
    private static String hash;

    @BeforeAll
    static void hashOnce() {
        wiped = PASSWORD.toCharArray();
        hash = PasswordHasher.hash(wiped);
    }

    @Test
    void writesBcryptWithCostTwelveInModularCryptForm() {
        assertThat(hash).startsWith("$2a$12$").hasSize(60);
    }

    @Test
    void neverWritesThePasswordItself() {
        assertThat(hash).doesNotContain(PASSWORD);
    }

    @Test
    void verifiesTheRightPassword() {
        assertThat(PasswordHasher.matches(PASSWORD.toCharArray(), hash)).isTrue();
    }

    @Test
    void rejectsAWrongPassword() {
        assertThat(PasswordHasher.matches("correct horse battery stapl".toCharArray(), hash))
                .isFalse();
        assertThat(PasswordHasher.matches("Correct horse battery staple".toCharArray(), hash))
                .isFalse();
    }

    @Test
    void saltsEachHash() {
        String other = PasswordHasher.hash(PASSWORD.toCharArray());

        assertThat(other).isNotEqualTo(hash);
        assertThat(PasswordHasher.matches(PASSWORD.toCharArray(), other)).isTrue();
    }

    @Test
    void wipesThePasswordFromMemoryOnceHashed() {
        assertThat(wiped).containsOnly('\0');
    }
}
