package org.concerto.audit;

/** One field of one revision: its label and its value before and after, as the reader sees them. */
public class FieldChange {

    private final String field;
    private final String before;
    private final String after;

    FieldChange(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    public String getField() {
        return field;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }
}
