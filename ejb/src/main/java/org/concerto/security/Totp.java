package org.concerto.security;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226's HOTP): six digits, 30-second steps, HMAC-SHA1,
 * which is what every authenticator app reads from an {@code otpauth://} QR code. A code is accepted one
 * step early or late, for clocks that drift and people who type slowly.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Steps accepted on either side of the current one. */
    public static final int WINDOW = 1;

    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    private final Clock clock;

    public Totp(Clock clock) {
        this.clock = clock;
    }

    /** A new secret of 160 bits (RFC 4226's recommendation), Base32 as the apps expect. */
    public static String newSecret() {
        return Base32.encode(Tokens.randomBytes(20));
    }

    public long currentStep() {
        return Math.floorDiv(clock.instant().getEpochSecond(), STEP_SECONDS);
    }

    /** The step the code belongs to within the window, if it is right. */
    public OptionalLong verify(String base32Secret, String code) {
        if (code == null) {
            return OptionalLong.empty();
        }
        String digits = code.replace(" ", "");
        if (digits.length() != DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(base32Secret);
        long now = currentStep();
        for (long step = now - WINDOW; step <= now + WINDOW; step++) {
            if (constantTimeEquals(code(key, step, DIGITS, "HmacSHA1"), digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** HOTP (RFC 4226, section 5.3) of one counter value; public for the RFC 6238 test vectors. */
    public static String code(byte[] key, long counter, int digits, String algorithm) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%0" + digits + "d", binary % POWERS[digits]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is part of every Java runtime", e);
        }
    }

    /** What the QR code holds: issuer "Concerto", the login as account name. */
    public static String uri(String base32Secret, String login) {
        String label =
                URLEncoder.encode("Concerto:" + login, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=Concerto&algorithm=SHA1&digits="
                + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    /** RFC 4648 Base32, upper case, without padding (what otpauth URIs carry). */
    public static final class Base32 {

        private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

        private Base32() {}

        public static String encode(byte[] data) {
            StringBuilder out = new StringBuilder((data.length * 8 + 4) / 5);
            int buffer = 0;
            int bits = 0;
            for (byte b : data) {
                buffer = (buffer << 8) | (b & 0xff);
                bits += 8;
                while (bits >= 5) {
                    out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 0x1f));
                    bits -= 5;
                }
            }
            if (bits > 0) {
                out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1f));
            }
            return out.toString();
        }

        public static byte[] decode(String text) {
            String clean = text.replace("=", "").replace(" ", "").toUpperCase(Locale.ROOT);
            ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
            int buffer = 0;
            int bits = 0;
            for (char c : clean.toCharArray()) {
                int value = ALPHABET.indexOf(c);
                if (value < 0) {
                    throw new IllegalArgumentException("Not Base32: " + c);
                }
                buffer = (buffer << 5) | value;
                bits += 5;
                if (bits >= 8) {
                    out.put((byte) ((buffer >> (bits - 8)) & 0xff));
                    bits -= 8;
                }
            }
            return out.array();
        }
    }
}
