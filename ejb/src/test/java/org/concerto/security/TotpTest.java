package org.concerto.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.concerto.shared.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TotpTest {

    private static final String SHA1_SEED = "12345678901234567890";
    private static final String SHA256_SEED = "12345678901234567890123456789012";
    private static final String SHA512_SEED = "1234567890123456789012345678901234567890123456789012345678901234";

    /** RFC 6238, appendix B. */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"
    })
    void theRfc6238TestVectorsComeOut(long seconds, String sha1, String sha256, String sha512) {
        long step = seconds / Totp.STEP_SECONDS;
        assertThat(Totp.code(SHA1_SEED.getBytes(StandardCharsets.US_ASCII), step, 8, "HmacSHA1"))
                .isEqualTo(sha1);
        assertThat(Totp.code(SHA256_SEED.getBytes(StandardCharsets.US_ASCII), step, 8, "HmacSHA256"))
                .isEqualTo(sha256);
        assertThat(Totp.code(SHA512_SEED.getBytes(StandardCharsets.US_ASCII), step, 8, "HmacSHA512"))
                .isEqualTo(sha512);
    }

    @Test
    void aCodeFromTheAppIsAcceptedOneStepEarlyOrLateButNotTwo() {
        String secret = Totp.Base32.encode(SHA1_SEED.getBytes(StandardCharsets.US_ASCII));
        Instant now = Instant.ofEpochSecond(1_111_111_111L);
        Totp totp = new Totp(Clock.fixed(now, ZoneOffset.UTC));
        long step = totp.currentStep();
        byte[] key = Totp.Base32.decode(secret);

        assertThat(totp.verify(secret, Totp.code(key, step, 6, "HmacSHA1"))).hasValue(step);
        assertThat(totp.verify(secret, Totp.code(key, step - 1, 6, "HmacSHA1"))).hasValue(step - 1);
        assertThat(totp.verify(secret, Totp.code(key, step + 1, 6, "HmacSHA1"))).hasValue(step + 1);
        assertThat(totp.verify(secret, Totp.code(key, step - 2, 6, "HmacSHA1"))).isEmpty();
        assertThat(totp.verify(secret, Totp.code(key, step + 2, 6, "HmacSHA1"))).isEmpty();
    }

    @Test
    void somethingThatIsNotSixDigitsIsRefusedWithoutComputing() {
        Totp totp = new Totp(Clock.systemUTC());
        String secret = Totp.newSecret();
        assertThat(totp.verify(secret, null)).isEmpty();
        assertThat(totp.verify(secret, "12345")).isEmpty();
        assertThat(totp.verify(secret, "abcdef")).isEmpty();
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Totp.Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.Base32.decode("MZXW6YTBOI======"), StandardCharsets.US_ASCII))
                .isEqualTo("foobar");
        assertThat(Totp.newSecret()).hasSize(32).matches("[A-Z2-7]+");
    }

    @Test
    void theQrCodeUriNamesConcertoAndTheLogin() {
        assertThat(Totp.uri("ABCD", "claire.martin@ansm.example"))
                .isEqualTo(
                        "otpauth://totp/Concerto%3Aclaire.martin%40ansm.example?secret=ABCD&issuer=Concerto&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void aStepIsAcceptedOnceOnly() {
        UserAccount account = new UserAccount(
                "someone", "a-long-enough-pass".toCharArray(), null, java.util.EnumSet.of(Role.PARTICIPANT));
        account.enrolSecondFactor(Totp.newSecret(), 100, java.util.Set.of(Tokens.hash("aaaaa-bbbbb")));
        assertThat(account.acceptTotpStep(100)).isFalse();
        assertThat(account.acceptTotpStep(101)).isTrue();
        assertThat(account.acceptTotpStep(101)).isFalse();
        assertThat(account.useRecoveryCode(Tokens.hash("aaaaa-bbbbb"))).isTrue();
        assertThat(account.useRecoveryCode(Tokens.hash("aaaaa-bbbbb"))).isFalse();
    }
}
