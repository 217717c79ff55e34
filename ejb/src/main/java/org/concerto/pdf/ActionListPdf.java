package org.concerto.pdf;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import org.concerto.action.ActionCsv;
import org.concerto.action.ActionRow;
import org.concerto.shared.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * A list of action items as the dashboards filtered it, as a table: meeting and agenda item, what,
 * owner, due date, priority and status; overdue actions are shaded and say by how many days.
 */
final class ActionListPdf {

    private static final float[] WIDTHS = {23, 30, 16, 11, 9, 11};

    private ActionListPdf() {
    }

    static byte[] render(List<ActionRow> rows, long total, String scope, String regulator, Instant at, Locale requested) {
        Locale locale = Typography.isFrench(requested) ? Locale.FRENCH : Locale.ENGLISH;
        DocumentFormats formats = new DocumentFormats(locale);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Typography.isFrench(locale) ? Locale.FRENCH : Locale.UK);
        boolean illustrative = rows.stream().anyMatch(ActionRow::isIllustrative);
        String title = Messages.get(locale, "actions.pdf.title");
        OfficialDocument doc = new OfficialDocument(locale, title, regulator,
                title + " – " + formats.longDate(at), illustrative);
        doc.letterhead(regulator);
        doc.heading1(title);
        doc.facts(List.of(
                new String[] {doc.label("actions.pdf.selection"), scope},
                new String[] {doc.label("actions.pdf.printedOn"), formats.date(at) + ", " + formats.time(at)},
                new String[] {doc.label("actions.pdf.count"), rows.size() < total
                        ? doc.format("actions.pdf.countTruncated", rows.size(), total) : Long.toString(total)}));
        if (rows.isEmpty()) {
            doc.paragraph(doc.label("actions.empty"));
            return doc.finish();
        }
        Table table = doc.table(WIDTHS, doc.label("actions.meeting"), doc.label("actions.what"), doc.label("actions.owner"),
                doc.label("actions.due"), doc.label("actions.priority"), doc.label("field.status"));
        for (ActionRow row : rows) {
            Cell meeting = doc.bodyCell().add(doc.line(row.getMeetingTitle()).setFontSize(8.5f))
                    .add(doc.small(formats.longDate(row.getMeetingStartsAt()), OfficialDocument.MUTED));
            if (row.getAgendaItemTitle() != null) {
                meeting.add(doc.small(row.getAgendaItemTitle(), OfficialDocument.MUTED));
            }
            Cell due = doc.cell(day.format(row.getDueDate()));
            if (row.isOverdue()) {
                due.add(doc.small(doc.format("actions.daysLateShort", row.getDaysLate()), OfficialDocument.ALERT).setFont(doc.bold()));
            }
            Cell owner = doc.bodyCell().add(doc.line(row.getOwnerName()));
            String organisation = row.getOrganisationName() == null ? row.getContactOrganisationName() : row.getOrganisationName();
            if (organisation != null) {
                owner.add(doc.small(organisation, OfficialDocument.MUTED));
            }
            Cell[] cells = {meeting, doc.cell(row.getDescription()), owner, due, doc.cell(Messages.label(locale, row.getPriority())),
                    doc.cell(ActionCsv.statusLabel(locale, row))};
            for (Cell cell : cells) {
                if (row.isOverdue()) {
                    cell.setBackgroundColor(OfficialDocument.ALERT_FILL);
                }
                table.addCell(cell);
            }
        }
        doc.add(table);
        return doc.finish();
    }

    /** Today, for the file name. */
    static String isoDay(Instant at) {
        return LocalDate.ofInstant(at, org.concerto.shared.Zones.DEFAULT).toString();
    }
}
