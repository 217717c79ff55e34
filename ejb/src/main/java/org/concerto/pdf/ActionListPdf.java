package org.concerto.pdf;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.concerto.shared.Messages;

/**
 * A list of action items as the dashboards filtered it, as a table: meeting and agenda item, what,
 * owner, due date, priority and status; overdue actions are shaded and say by how many days.
 */
public final class ActionListPdf {

    private static final float[] WIDTHS = {23, 30, 16, 11, 9, 11};

    private ActionListPdf() {}

    /** The language of a list asked for in the given one: French or English. */
    public static Locale language(Locale requested) {
        return Typography.isFrench(requested) ? Locale.FRENCH : Locale.ENGLISH;
    }

    public static byte[] render(ActionList list) {
        Locale locale = language(list.locale());
        List<ActionList.Row> rows = list.rows();
        long total = list.total();
        String regulator = list.regulator();
        Instant at = list.printedAt();
        DocumentFormats formats = new DocumentFormats(locale);
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(Typography.isFrench(locale) ? Locale.FRENCH : Locale.UK);
        boolean illustrative = rows.stream().anyMatch(ActionList.Row::illustrative);
        String title = Messages.get(locale, "actions.pdf.title");
        OfficialDocument doc =
                new OfficialDocument(locale, title, regulator, title + " – " + formats.longDate(at), illustrative);
        doc.letterhead(regulator);
        doc.heading1(title);
        doc.facts(List.of(
                new String[] {doc.label("actions.pdf.selection"), list.selection()},
                new String[] {doc.label("actions.pdf.printedOn"), formats.date(at) + ", " + formats.time(at)},
                new String[] {
                    doc.label("actions.pdf.count"),
                    rows.size() < total
                            ? doc.format("actions.pdf.countTruncated", rows.size(), total)
                            : Long.toString(total)
                }));
        if (rows.isEmpty()) {
            doc.paragraph(doc.label("actions.empty"));
            return doc.finish();
        }
        Table table = doc.table(
                WIDTHS,
                doc.label("actions.meeting"),
                doc.label("actions.what"),
                doc.label("actions.owner"),
                doc.label("actions.due"),
                doc.label("actions.priority"),
                doc.label("field.status"));
        for (ActionList.Row row : rows) {
            Cell meeting = doc.bodyCell()
                    .add(doc.line(row.meetingTitle()).setFontSize(8.5f))
                    .add(doc.small(formats.longDate(row.meetingStartsAt()), OfficialDocument.MUTED));
            if (row.agendaItemTitle() != null) {
                meeting.add(doc.small(row.agendaItemTitle(), OfficialDocument.MUTED));
            }
            Cell due = doc.cell(day.format(row.dueDate()));
            if (row.overdue()) {
                due.add(doc.small(doc.format("actions.daysLateShort", row.daysLate()), OfficialDocument.ALERT)
                        .setFont(doc.bold()));
            }
            Cell owner = doc.bodyCell().add(doc.line(row.ownerName()));
            if (row.organisation() != null) {
                owner.add(doc.small(row.organisation(), OfficialDocument.MUTED));
            }
            Cell[] cells = {
                meeting, doc.cell(row.description()), owner, due, doc.cell(row.priority()), doc.cell(row.status())
            };
            for (Cell cell : cells) {
                if (row.overdue()) {
                    cell.setBackgroundColor(OfficialDocument.ALERT_FILL);
                }
                table.addCell(cell);
            }
        }
        doc.add(table);
        return doc.finish();
    }
}
