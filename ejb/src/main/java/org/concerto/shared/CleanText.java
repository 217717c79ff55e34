package org.concerto.shared;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Every text column of Concerto is written without control characters ({@link Texts#withoutControlCharacters}),
 * whatever brought the text in: a form, a CSV import, an uploaded file's name, a mail. Applied to every {@code String}
 * attribute of every entity, so a text that works on H2 cannot fail on PostgreSQL, which refuses NUL in text.
 */
@Converter(autoApply = true)
public class CleanText implements AttributeConverter<String, String> {

    @Override
    public String convertToDatabaseColumn(String text) {
        return Texts.withoutControlCharacters(text);
    }

    @Override
    public String convertToEntityAttribute(String column) {
        return column;
    }
}
