package org.concerto.shared;

/** Checks on user-entered text, shared by the entities' constructors. */
public final class Texts {

    private Texts() {}

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
}
