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
    void theRealmChecksAnUnknownLoginAgainstADummyHashOfTheSameCost() throws java.io.IOException {
        String cli = java.nio.file.Files.readString(
                java.nio.file.Path.of("..", "ear", "src", "main", "wildfly", "configure.cli"));
        java.util.regex.Matcher dummy = java.util.regex.Pattern.compile(
                        "COALESCE\\(MAX\\(password_hash\\), '([^']+)'\\)")
                .matcher(cli);
        assertThat(dummy.find())
                .as("the realm's principal query falls back to a dummy hash")
                .isTrue();
        assertThat(dummy.group(1)).startsWith(hash.substring(0, 7)).hasSize(hash.length());
        assertThat(PasswordHasher.matches(PASSWORD.toCharArray(), dummy.group(1)))
                .isFalse();
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
