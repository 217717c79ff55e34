package org.concerto.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.concerto.shared.BusinessException;

/**
 * What a password a person chooses must be (after NIST SP 800-63B: length over composition rules):
 * at least {@link UserAccount#MIN_PASSWORD_LENGTH} characters, at most 128, not one of the common
 * passwords shipped in {@code common-passwords.txt}, and not the login or the e-mail address.
 */
public final class PasswordPolicy {

    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {}

    /** Refuses with a message that says which rule the password breaks. */
    public static void check(char[] password, String login, String email) {
        if (password == null || password.length < UserAccount.MIN_PASSWORD_LENGTH) {
            throw new BusinessException("error.password.tooShort", UserAccount.MIN_PASSWORD_LENGTH);
        }
        if (password.length > MAX_LENGTH) {
            throw new BusinessException("error.password.tooLong", MAX_LENGTH);
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (lower.chars().distinct().count() < 4 || COMMON.contains(lower)) {
            throw new BusinessException("error.password.common");
        }
        if (same(lower, login)
                || same(lower, email)
                || (email != null && same(lower, email.substring(0, Math.max(0, email.indexOf('@')))))) {
            throw new BusinessException("error.password.personal");
        }
    }

    private static boolean same(String password, String personal) {
        return personal != null
                && !personal.isBlank()
                && password.contains(personal.toLowerCase(Locale.ROOT))
                && personal.length() * 2 > password.length();
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines()
                    .map(String::trim)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT))
                    .forEach(words::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
