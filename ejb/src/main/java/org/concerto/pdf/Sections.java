package org.concerto.pdf;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.concerto.shared.Messages;

/** Parts that several documents share: the practical details of the meeting and the agenda table. */
final class Sections {

    private Sections() {}

    /** "Ordre du jour · réunion du 12 septembre 2019" */
    static String footer(Locale locale, String documentKey, DocumentMeeting meeting, DocumentFormats formats) {
        return Messages.get(locale, documentKey) + " · "
                + Messages.format(locale, "documents.meetingOf", formats.longDate(meeting.startsAt()));
    }

    /** Date, times, place, link, format and subject, as label and value pairs. */
    static void meetingFacts(OfficialDocument doc, DocumentMeeting meeting, DocumentFormats formats) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {doc.label("field.when"), formats.date(meeting.startsAt())});
        facts.add(new String[] {doc.label("agenda.time"), formats.times(meeting.startsAt(), meeting.endsAt())});
        if (meeting.venue() != null) {
            facts.add(new String[] {doc.label("field.venue"), meeting.venue()});
        }
        if (meeting.onlineLink() != null) {
            facts.add(new String[] {doc.label("field.onlineLink"), meeting.onlineLink()});
        }
        facts.add(new String[] {doc.label("field.format"), meeting.format().toString(doc.locale())});
        if (meeting.subject() != null) {
            facts.add(new String[] {doc.label("field.subject"), meeting.subject()});
        }
        doc.facts(facts);
    }

    /**
     * The agenda as a table: number, start and end (computed by the meeting's timetable from its start and
     * the planned durations), item, kind, presenter, duration; confidential items marked.
     */
    static void agendaTable(
            OfficialDocument doc, DocumentMeeting meeting, List<AgendaLine> agenda, DocumentFormats formats) {
        if (agenda.isEmpty()) {
            doc.paragraph(doc.label("meeting.agenda.empty"));
            return;
        }
        Table table = doc.table(
                new float[] {4, 15, 35, 13, 24, 9},
                doc.label("agenda.number"),
                doc.label("agenda.time"),
                doc.label("documents.agenda.item"),
                doc.label("field.kind"),
                doc.label("agenda.presenter"),
                doc.label("agenda.duration"));
        boolean anyConfidential = false;
        for (int i = 0; i < agenda.size(); i++) {
            AgendaLine row = agenda.get(i);
            table.addCell(doc.cell(String.valueOf(i + 1)));
            table.addCell(doc.cell(formats.times(row.startsAt(), row.endsAt())));
            Cell item = doc.bodyCell().add(doc.strong(row.title()));
            if (row.confidential()) {
                anyConfidential = true;
                item.add(doc.small(doc.label("agenda.confidential"), OfficialDocument.ALERT)
                        .setFont(doc.bold()));
            }
            if (row.description() != null) {
                item.add(doc.small(row.description(), OfficialDocument.MUTED));
            }
            table.addCell(item);
            table.addCell(doc.cell(row.kind().toString(doc.locale())));
            Cell presenter = doc.bodyCell();
            if (row.presenterName() != null) {
                presenter.add(doc.line(row.presenterName()));
            }
            if (row.presenterOrganisation() != null) {
                presenter.add(doc.small(row.presenterOrganisation(), OfficialDocument.MUTED));
            }
            table.addCell(presenter);
            table.addCell(doc.cell(DocumentFormats.minutes(row.plannedMinutes())));
        }
        doc.add(table);
        if (anyConfidential) {
            doc.add(doc.small(doc.label("documents.agenda.confidentialNote"), OfficialDocument.MUTED)
                    .setMarginTop(4));
        }
    }
}
