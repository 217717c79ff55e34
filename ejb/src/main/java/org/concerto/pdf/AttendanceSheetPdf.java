package org.concerto.pdf;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import java.util.List;
import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/**
 * The attendance sheet (feuille d'émargement) that invitees sign on the day: one table per
 * organisation, with a box tall enough for a signature, in the meeting's language (French), and a few
 * blank rows for people who come without being on the list.
 */
public final class AttendanceSheetPdf {

    public static final Locale LANGUAGE = Locale.FRENCH;

    /** The invitees of one organisation ({@code organisation} null: those who come in their own name). */
    public record Group(String organisation, Localizable category, List<Invitee> invitees) {

        public Group {
            invitees = List.copyOf(invitees);
        }
    }

    /** One line to sign: the invitee's name, job title (or null) and role in the meeting. */
    public record Invitee(String name, String jobTitle, Localizable role) {}

    /** Tall enough for a handwritten signature (about 15 mm). */
    private static final float SIGNATURE_HEIGHT = 42;

    private static final int BLANK_ROWS = 3;
    private static final float[] WIDTHS = {42, 20, 38};

    private AttendanceSheetPdf() {}

    public static byte[] render(DocumentMeeting meeting, List<Group> groups) {
        DocumentFormats formats = new DocumentFormats(LANGUAGE);
        OfficialDocument doc = new OfficialDocument(
                LANGUAGE,
                Messages.get(LANGUAGE, "documents.attendance.title") + " – " + meeting.title(),
                meeting.regulator(),
                Sections.footer(LANGUAGE, "documents.attendance.title", meeting, formats),
                meeting.illustrative());
        doc.letterhead(meeting.regulator());
        doc.heading1(doc.label("documents.attendance.title"));
        doc.lead(meeting.title());
        Sections.meetingFacts(doc, meeting, formats);
        doc.paragraph(doc.label("documents.attendance.intro"));
        for (Group group : groups) {
            String name =
                    group.organisation() == null ? doc.label("meeting.invitees.individuals") : group.organisation();
            doc.heading2(
                    group.category() == null || group.organisation() == null
                            ? name
                            : name + " · " + group.category().toString(LANGUAGE));
            Table table = header(doc);
            for (Invitee invitee : group.invitees()) {
                Cell person = doc.bodyCell().add(doc.strong(invitee.name()));
                if (invitee.jobTitle() != null) {
                    person.add(doc.small(invitee.jobTitle(), OfficialDocument.MUTED));
                }
                table.addCell(person.setMinHeight(SIGNATURE_HEIGHT));
                table.addCell(doc.cell(invitee.role().toString(LANGUAGE)));
                table.addCell(doc.bodyCell());
            }
            doc.add(table.setKeepTogether(true));
        }
        doc.heading2(doc.label("documents.attendance.additional"));
        Table blanks = header(doc);
        for (int i = 0; i < BLANK_ROWS; i++) {
            blanks.addCell(doc.bodyCell().setMinHeight(SIGNATURE_HEIGHT));
            blanks.addCell(doc.bodyCell());
            blanks.addCell(doc.bodyCell());
        }
        doc.add(blanks.setKeepTogether(true));
        return doc.finish();
    }

    private static Table header(OfficialDocument doc) {
        return doc.table(
                WIDTHS,
                doc.label("documents.attendance.name"),
                doc.label("documents.attendance.role"),
                doc.label("documents.attendance.signature"));
    }
}
