package org.concerto.participant;

import java.util.Locale;
import java.util.regex.Pattern;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;

/** One person per e-mail address: addresses are compared trimmed and in lower case. */
public final class EmailAddresses {

    public static final int LENGTH = 254;

    // Deliberately simple: one @, no spaces nor the characters that delimit addresses in a mail header (<>()[],;:"\),
    // a domain of letters, digits and hyphens with a dot. Delivery is the real check.
    private static final Pattern SHAPE =
            Pattern.compile("^[^@\\s<>()\\[\\],;:\"\\\\]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+$");

    private EmailAddresses() {}

    public static String normalise(String address) {
        if (address == null || address.isBlank()) {
            throw new BusinessException("error.required", new FieldName("email"));
        }
        String normalised = address.trim().toLowerCase(Locale.ROOT);
        if (normalised.length() > LENGTH || !SHAPE.matcher(normalised).matches()) {
            throw new BusinessException("error.email.invalid", address.trim());
        }
        return normalised;
    }
}
