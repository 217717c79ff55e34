package org.concerto.shared;

import java.io.Serializable;
import java.util.Locale;

/**
 * A field's name as a message argument: translated with the message, so "Le titre est obligatoire"
 * and "Title is required" both name the field in the reader's language.
 */
public final class FieldName implements Localizable, Serializable {

    private static final long serialVersionUID = 1L;

    private final String key;

    public FieldName(String key) {
        this.key = key;
    }

    @Override
    public String toString(Locale locale) {
        return Messages.get(locale, "field." + key);
    }

    @Override
    public String toString() {
        return key;
    }
}
