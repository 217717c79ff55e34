package org.concerto.shared;

import java.util.regex.Pattern;

/** Checks on user-entered text, shared by the entities' constructors. */
public final class Texts {

    /**
     * Control characters other than tab, line feed and carriage return (C0, DEL and C1): never text anyone typed, only
     * what a copy from a binary file or a probe brings, and PostgreSQL refuses NUL in a text column.
     */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");

    private Texts() {}

    /**
     * The text without its control characters (tab and line breaks kept): the one rule for every text that enters
     * Concerto, applied to every request parameter ({@code ControlCharacterFilter} in the web module) and to every text
     * stored ({@link CleanText}), so a CSV import, a file name or a form stores the same as the screen shows.
     */
    public static String withoutControlCharacters(String value) {
        if (value == null || !hasControlCharacters(value)) {
            return value;
        }
        return CONTROL.matcher(value).replaceAll("");
    }

    /** Whether the text holds a control character other than tab, line feed or carriage return. */
    public static boolean hasControlCharacters(String value) {
        return value != null && CONTROL.matcher(value).find();
    }

    /** The text trimmed; refused with {@code error.required} naming the field when blank. */
    public static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new BusinessException("error.required", new FieldName(field));
        }
        return bounded(value, field, maxLength);
    }

    /** The text trimmed, or null when blank; refused when longer than the column. */
    public static String optional(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : bounded(value, field, maxLength);
    }

    private static String bounded(String value, String field, int maxLength) {
        String trimmed = value.trim();
        if (trimmed.length() > maxLength) {
            throw new BusinessException("error.tooLong", new FieldName(field), maxLength);
        }
        return trimmed;
    }

    /**
     * A LIKE pattern (with {@code escape '\\'}) that finds the words typed anywhere in a lower-cased column: the words
     * trimmed and lower-cased, their {@code %}, {@code _} and backslashes matched as themselves.
     */
    public static String containing(String words) {
        String escaped = words.trim()
                .toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
