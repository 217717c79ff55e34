package org.concerto.pdf;

import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.UnitValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;
import org.concerto.shared.Messages;

/**
 * "Your personal data in Concerto": the readable form of a person's export, one section per kind of
 * record, each record as label and value pairs. Every value is printed as text, never interpreted.
 */
public final class PersonalDataPdf {

    private PersonalDataPdf() {}

    public static PdfFile render(PersonalData data, Locale requested) {
        Locale locale = Typography.isFrench(requested) ? Locale.FRENCH : Locale.ENGLISH;
        DocumentFormats formats = new DocumentFormats(locale);
        String title = Messages.get(locale, "privacy.export.title");
        OfficialDocument doc = new OfficialDocument(
                locale,
                title + " – " + data.getDisplayName(),
                data.getController(),
                title + " – " + data.getDisplayName(),
                false);
        doc.letterhead(data.getController());
        doc.heading1(title);
        doc.lead(data.getDisplayName());
        doc.paragraph(Messages.format(
                locale,
                "privacy.export.intro",
                formats.longDate(data.getExportedAt()) + ", " + formats.time(data.getExportedAt())));
        for (DataSection section : data.getSections()) {
            doc.heading2(Messages.get(locale, "privacy.section." + section.getName()));
            if (section.getRecords().isEmpty()) {
                doc.add(doc.small(Messages.get(locale, "privacy.export.none"), OfficialDocument.MUTED));
            }
            boolean first = true;
            for (DataRecord record : section.getRecords()) {
                doc.add(record(doc, record, locale, formats, first));
                first = false;
            }
        }
        doc.paragraph(Messages.get(locale, "privacy.export.rights"));
        return new PdfFile(
                Messages.get(locale, "privacy.export.file") + "-" + data.getPersonId() + ".pdf", doc.finish());
    }

    /** One record as label and value rows, never split across pages, ruled off from the one before. */
    private static Table record(
            OfficialDocument doc, DataRecord record, Locale locale, DocumentFormats formats, boolean first) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {26, 74}))
                .useAllAvailableWidth()
                .setKeepTogether(true)
                .setMarginBottom(4);
        if (!first) {
            table.setBorderTop(new SolidBorder(OfficialDocument.RULE, 0.5f)).setPaddingTop(3);
        }
        for (Map.Entry<String, Object> field : record.getFields().entrySet()) {
            Cell label = new Cell()
                    .add(doc.line(Messages.get(locale, "privacy.field." + field.getKey())))
                    .setFont(doc.bold())
                    .setFontSize(9)
                    .setFontColor(OfficialDocument.MUTED)
                    .setBorder(Border.NO_BORDER)
                    .setPaddingLeft(0);
            label.getAccessibilityProperties().setRole(StandardRoles.TH);
            table.addCell(label);
            table.addCell(new Cell()
                    .add(doc.line(value(field.getValue(), locale, formats)))
                    .setFontSize(9.5f)
                    .setBorder(Border.NO_BORDER));
        }
        return table;
    }

    private static String value(Object value, Locale locale, DocumentFormats formats) {
        if (value == null) {
            return "–";
        }
        if (value instanceof Instant instant) {
            return formats.longDate(instant) + ", " + formats.time(instant);
        }
        if (value instanceof LocalDate date) {
            return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                    .withLocale(locale)
                    .format(date);
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
