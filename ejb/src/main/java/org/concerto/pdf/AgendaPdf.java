package org.concerto.pdf;

import java.util.List;
import java.util.Locale;
import org.concerto.shared.Messages;

/** The agenda (ordre du jour) of a meeting, in the reader's language. */
public final class AgendaPdf {

    private AgendaPdf() {}

    public static byte[] render(DocumentMeeting meeting, List<AgendaLine> agenda, Locale locale) {
        DocumentFormats formats = new DocumentFormats(locale);
        OfficialDocument doc = new OfficialDocument(
                locale,
                Messages.get(locale, "documents.agenda.title") + " – " + meeting.title(),
                meeting.regulator(),
                Sections.footer(locale, "documents.agenda.title", meeting, formats),
                meeting.illustrative());
        doc.letterhead(meeting.regulator());
        doc.heading1(doc.label("documents.agenda.title"));
        doc.lead(meeting.title());
        Sections.meetingFacts(doc, meeting, formats);
        if (meeting.purpose() != null) {
            doc.heading2(doc.label("field.purpose"));
            doc.paragraph(meeting.purpose());
        }
        doc.heading2(doc.label("documents.agenda.items"));
        Sections.agendaTable(doc, meeting, agenda, formats);
        return doc.finish();
    }
}
