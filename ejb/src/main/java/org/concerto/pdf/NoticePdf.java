package org.concerto.pdf;

import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.properties.TextAlignment;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.concerto.shared.Messages;

/**
 * The notice of meeting (convocation) of one invitee, as a letter in their preferred language:
 * addressed to them, what the meeting is, their role, the practical details, the agenda, and how to
 * answer.
 */
public final class NoticePdf {

    /** The address block sits on the right half, where a window envelope shows it. */
    private static final float ADDRESS_INDENT = 260;

    private NoticePdf() {}

    /**
     * @param answerUrl the page of the meeting where the invitee answers
     * @param issuedAt  the date printed on the letter
     */
    public static byte[] render(
            DocumentMeeting meeting, List<AgendaLine> agenda, Addressee addressee, String answerUrl, Instant issuedAt) {
        Locale locale = addressee.locale();
        DocumentFormats formats = new DocumentFormats(locale);
        OfficialDocument doc = new OfficialDocument(
                locale,
                Messages.get(locale, "documents.notice.title") + " – " + addressee.name() + " – " + meeting.title(),
                meeting.regulator(),
                Sections.footer(locale, "documents.notice.title", meeting, formats) + " · " + addressee.name(),
                meeting.illustrative());
        doc.letterhead(meeting.regulator());

        Div address = new Div().setMarginLeft(ADDRESS_INDENT).setMarginBottom(12);
        address.add(doc.strong(addressee.name()).setMargin(0));
        if (addressee.jobTitle() != null) {
            address.add(doc.line(addressee.jobTitle()).setMargin(0));
        }
        if (addressee.organisation() != null) {
            address.add(doc.line(addressee.organisation()).setMargin(0));
        }
        address.add(doc.line(doc.format("documents.notice.issued", formats.longDate(issuedAt)))
                .setMarginTop(12));
        doc.add(address);

        doc.heading1(doc.label("documents.notice.title"));
        doc.lead(doc.format("documents.notice.subject", meeting.title()));
        doc.paragraph(doc.label("documents.notice.salutation"));
        String role = addressee.role().toString(locale);
        doc.paragraph(doc.format("documents.notice.invitation", meeting.title(), lowerFirst(role, locale)));

        doc.heading2(doc.label("documents.notice.practical"));
        Sections.meetingFacts(doc, meeting, formats);
        if (meeting.purpose() != null) {
            doc.paragraph(meeting.purpose());
        }

        doc.heading2(doc.label("documents.agenda.title"));
        Sections.agendaTable(doc, meeting, agenda, formats);

        doc.heading2(doc.label("documents.notice.answer.title"));
        doc.paragraph(doc.format("documents.notice.answer.text", answerUrl));

        doc.paragraph(doc.label("documents.notice.closing")).setMarginTop(10);
        doc.add(doc.strong(doc.label("documents.notice.signature"))
                .setTextAlignment(TextAlignment.RIGHT)
                .setMarginTop(8)
                .setMarginBottom(0));
        doc.add(doc.line(meeting.regulator()).setTextAlignment(TextAlignment.RIGHT));
        return doc.finish();
    }

    /** "Président(e) de séance" reads "président(e) de séance" in the middle of a sentence. */
    private static String lowerFirst(String label, Locale locale) {
        return label.isEmpty() ? label : label.substring(0, 1).toLowerCase(locale) + label.substring(1);
    }
}
