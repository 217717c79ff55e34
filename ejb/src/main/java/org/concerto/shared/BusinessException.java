package org.concerto.shared;

import jakarta.ejb.ApplicationException;
import java.util.Locale;

/**
 * A rule of the domain refused what the user asked. Carries a bundle key and its arguments, so that
 * the message reaches each user in their own language; the transaction is rolled back, so nothing is
 * half-done.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] arguments;

    public BusinessException(String key, Object... arguments) {
        super(Messages.format(Locale.ENGLISH, key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public String getKey() {
        return key;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }

    /** The message in the given language, for a page, a mail or a PDF. */
    public String getMessage(Locale locale) {
        return Messages.format(locale, key, arguments);
    }
}
