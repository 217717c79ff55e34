package org.concerto.pdf;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * French typography for generated text: a narrow no-break space (U+202F) before « : ; ! ? » and inside
 * guillemets, so that a colon never starts a line, and the typographic apostrophe (’) for the typewriter
 * one, so that the document reads as a French official's would.
 * English text is left as it is.
 */
final class Typography {

    static final char NARROW_NO_BREAK_SPACE = '\u202F';
    static final char NO_BREAK_SPACE = '\u00A0';

    /** Any ordinary or no-break space (or none, for guillemets) where French wants a narrow no-break one. */
    private static final Pattern BEFORE_HIGH_PUNCTUATION = Pattern.compile("[ \u00A0\u202F]+([:;!?»])");

    private static final Pattern GUILLEMET_CLOSE_WITHOUT_SPACE = Pattern.compile("(?<=[^\\s\u202F\u00A0])»");
    private static final Pattern AFTER_GUILLEMET_OPEN = Pattern.compile("«[ \u00A0\u202F]*");

    private Typography() {}

    static String apply(Locale locale, String text) {
        if (text == null || text.isEmpty() || !isFrench(locale)) {
            return text;
        }
        String result = BEFORE_HIGH_PUNCTUATION.matcher(text).replaceAll(NARROW_NO_BREAK_SPACE + "$1");
        result = GUILLEMET_CLOSE_WITHOUT_SPACE.matcher(result).replaceAll(NARROW_NO_BREAK_SPACE + "»");
        return AFTER_GUILLEMET_OPEN
                .matcher(result)
                .replaceAll("«" + NARROW_NO_BREAK_SPACE)
                .replace('\'', '’');
    }

    static boolean isFrench(Locale locale) {
        return locale == null || "fr".equals(locale.getLanguage());
    }
}
