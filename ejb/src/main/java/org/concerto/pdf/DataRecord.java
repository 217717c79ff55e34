package org.concerto.pdf;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One record held about a person (an invitation, a declaration…): field names, in order, and their raw
 * values (text, number, yes/no, an instant, a date, an enum constant, or null).
 */
public final class DataRecord {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    public DataRecord with(String field, Object value) {
        fields.put(field, value);
        return this;
    }

    public Map<String, Object> getFields() {
        return Collections.unmodifiableMap(fields);
    }
}
