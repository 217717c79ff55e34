package org.concerto.pdf;

import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.Table;
import org.concerto.meeting.InviteeGroup;
import org.concerto.meeting.InviteeRow;
import org.concerto.shared.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The attendance sheet (feuille d'émargement) that invitees sign on the day: one table per
 * organisation, with a box tall enough for a signature, in the meeting's language (French), and a few
 * blank rows for people who come without being on the list.
 */
final class AttendanceSheetPdf {

    static final Locale LANGUAGE = Locale.FRENCH;

    /** Tall enough for a handwritten signature (about 15 mm). */
    private static final float SIGNATURE_HEIGHT = 42;
    private static final int BLANK_ROWS = 3;
    private static final float[] WIDTHS = {42, 20, 38};

    private AttendanceSheetPdf() {
    }

    static byte[] render(DocumentMeeting meeting, List<InviteeGroup> groups) {
        DocumentFormats formats = new DocumentFormats(LANGUAGE);
        OfficialDocument doc = new OfficialDocument(LANGUAGE, Messages.get(LANGUAGE, "documents.attendance.title") + " – " + meeting.title(),
                meeting.regulator(), Sections.footer(LANGUAGE, "documents.attendance.title", meeting, formats), meeting.illustrative());
        doc.letterhead(meeting.regulator());
        doc.heading1(doc.label("documents.attendance.title"));
        doc.lead(meeting.title());
        Sections.meetingFacts(doc, meeting, formats);
        doc.paragraph(doc.label("documents.attendance.intro"));
        for (InviteeGroup group : groups) {
            String name = group.getOrganisationName() == null ? doc.label("meeting.invitees.individuals") : group.getOrganisationName();
            doc.heading2(group.getCategory() == null || group.getOrganisationName() == null ? name
                    : name + " · " + Messages.label(LANGUAGE, group.getCategory()));
            Table table = header(doc);
            for (InviteeRow invitee : group.getInvitees()) {
                Cell person = doc.bodyCell().add(doc.strong(invitee.getDisplayName()));
                if (invitee.getJobTitle() != null) {
                    person.add(doc.small(invitee.getJobTitle(), OfficialDocument.MUTED));
                }
                table.addCell(person.setMinHeight(SIGNATURE_HEIGHT));
                table.addCell(doc.cell(Messages.label(LANGUAGE, invitee.getRole())));
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
        return doc.table(WIDTHS, doc.label("documents.attendance.name"), doc.label("documents.attendance.role"),
                doc.label("documents.attendance.signature"));
    }
}
