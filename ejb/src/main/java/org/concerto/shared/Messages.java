package org.concerto.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one message bundle of Concerto: pages, business exceptions, mails and PDFs all read it, so a
 * word is translated once. French is the base bundle; English is complete beside it.
 */
public final class Messages {

    public static final String BUNDLE = "org.concerto.messages";
    public static final Locale FRENCH = Locale.FRENCH;

    private Messages() {}

    public static ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's default locale: a missing language falls back to French, never to whatever the host
        // runs.
        return ResourceBundle.getBundle(
                BUNDLE,
                locale == null ? FRENCH : locale,
                Messages.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static String get(Locale locale, String key) {
        try {
            return bundle(locale).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public static String format(Locale locale, String key, Object... arguments) {
        String pattern = get(locale, key);
        Object[] localized = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localized[i] = localize(locale, arguments[i]);
        }
        return new MessageFormat(pattern, locale == null ? FRENCH : locale).format(localized);
    }

    /** Enum constants read as their label ("enum.MeetingStatus.DRAFT"), Localizable arguments translate themselves. */
    public static Object localize(Locale locale, Object argument) {
        if (argument instanceof Localizable localizable) {
            return localizable.toString(locale);
        }
        if (argument instanceof Enum<?> constant) {
            return label(locale, constant);
        }
        return argument;
    }

    public static String label(Locale locale, Enum<?> constant) {
        return get(locale, "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name());
    }
}
