package org.concerto.pdf;

import org.concerto.privacy.DataRecord;
import org.concerto.privacy.DataSection;
import org.concerto.privacy.PersonalData;
import org.concerto.shared.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "Your personal data in Concerto": the readable form of a person's export, one section per kind of
 * record, each record as label and value pairs. Every value is printed as text, never interpreted.
 */
public final class PersonalDataPdf {

    private PersonalDataPdf() {
    }

    public static PdfFile render(PersonalData data, Locale requested) {
        Locale locale = Typography.isFrench(requested) ? Locale.FRENCH : Locale.ENGLISH;
        DocumentFormats formats = new DocumentFormats(locale);
        String title = Messages.get(locale, "privacy.export.title");
        OfficialDocument doc = new OfficialDocument(locale, title + " – " + data.getDisplayName(), data.getController(),
                title + " – " + data.getDisplayName(), false);
        doc.letterhead(data.getController());
        doc.heading1(title);
        doc.lead(data.getDisplayName());
        doc.paragraph(Messages.format(locale, "privacy.export.intro", formats.longDate(data.getExportedAt()) + ", "
                + formats.time(data.getExportedAt())));
        for (DataSection section : data.getSections()) {
            doc.heading2(Messages.get(locale, "privacy.section." + section.getName()));
            if (section.getRecords().isEmpty()) {
                doc.add(doc.small(Messages.get(locale, "privacy.export.none"), OfficialDocument.MUTED));
            }
            for (DataRecord record : section.getRecords()) {
                List<String[]> facts = new ArrayList<>();
                for (Map.Entry<String, Object> field : record.getFields().entrySet()) {
                    facts.add(new String[] {Messages.get(locale, "privacy.field." + field.getKey()), value(field.getValue(), locale, formats)});
                }
                doc.facts(facts);
            }
        }
        doc.paragraph(Messages.get(locale, "privacy.export.rights"));
        return new PdfFile(Messages.get(locale, "privacy.export.file") + "-" + data.getPersonId() + ".pdf", doc.finish());
    }

    private static String value(Object value, Locale locale, DocumentFormats formats) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Instant instant) {
            return formats.longDate(instant) + ", " + formats.time(instant);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
        }
        if (value instanceof Boolean flag) {
            return Messages.get(locale, flag ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof Enum<?> constant) {
            return Messages.label(locale, constant);
        }
        return value.toString();
    }
}
