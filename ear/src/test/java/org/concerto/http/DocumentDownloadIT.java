package org.concerto.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.it.Deployments;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The meeting's PDFs downloaded over HTTP as the demo's personas, from the links of the meeting page:
 * the right document with the right headers for whoever may have it, 403 or 404 for the others.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DocumentDownloadIT {

    private static final String PASSWORD = "concerto-demo";

    URL base = Deployments.application();

    @Test
    void anInviteeDownloadsTheAgendaInTheLanguageOfThePageWithDownloadHeaders() throws Exception {
        WebSession patient = session("patient");
        String page =
                patient.get("meeting/view.xhtml?id=" + foundingMeetingId()).body();
        String agendaLink = link(page, "download-agenda");
        assertThat(agendaLink).endsWith("agenda.pdf?lang=fr");

        HttpResponse<byte[]> pdf = patient.getBytes(agendaLink);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue(
                        "attachment; filename=\"ordre-du-jour-2019-09-12.pdf\"; filename*=UTF-8''ordre-du-jour-2019-09-12.pdf");
        assertThat(text(pdf.body()))
                .contains(
                        "Ordre du jour",
                        "Arrêt de fabrication de la pompe implantable MiniMed 2007D",
                        "jeudi 12 septembre 2019",
                        "Données de démonstration",
                        "page 1 sur");

        HttpResponse<byte[]> english = patient.getBytes(agendaLink.replace("lang=fr", "lang=en"));
        assertThat(text(english.body()))
                .contains("Agenda", "Thursday, 12 September 2019", "Illustrative demo data", "page 1 of");
    }

    @Test
    void eachInviteeHasTheirOwnNoticeInTheirLanguageAndNoOneElses() throws Exception {
        long meeting = foundingMeetingId();
        WebSession patient = session("patient");
        String myNotice = link(patient.get("meeting/view.xhtml?id=" + meeting).body(), "download-my-notice");
        HttpResponse<byte[]> notice = patient.getBytes(myNotice);
        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(notice.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("attachment; filename=\"convocation-2019-09-12-")
                .contains("filename*=UTF-8''convocation-2019-09-12-"));
        assertThat(text(notice.body())).contains("Convocation", "Marie-Thérèse Lambert", "Madame, Monsieur");

        WebSession manufacturer = session("manufacturer");
        String hisNotice =
                link(manufacturer.get("meeting/view.xhtml?id=" + meeting).body(), "download-my-notice");
        assertThat(text(manufacturer.getBytes(hisNotice).body()))
                .contains("Notice of meeting", "Thomas Bernard", "Dear Sir or Madam");

        assertThat(patient.getBytes(hisNotice).statusCode())
                .as("a participant asking for someone else's notice")
                .isEqualTo(403);
        assertThat(session("secretariat").getBytes(hisNotice).statusCode())
                .as("the secretariat reads every notice")
                .isEqualTo(200);
    }

    @Test
    void onlyTheSecretariatDownloadsTheAttendanceSheetGroupedByOrganisation() throws Exception {
        long meeting = foundingMeetingId();
        WebSession secretariat = session("secretariat");
        String sheetLink =
                link(secretariat.get("meeting/view.xhtml?id=" + meeting).body(), "download-attendance");

        HttpResponse<byte[]> sheet = secretariat.getBytes(sheetLink);
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"feuille-d-emargement-2019-09-12.pdf\"; "
                        + "filename*=UTF-8''feuille-d-%C3%A9margement-2019-09-12.pdf");
        assertThat(text(sheet.body()))
                .contains(
                        "Feuille d’émargement",
                        "Signature",
                        "Marie-Thérèse Lambert",
                        "Thomas Bernard",
                        "Personnes présentes non inscrites");

        WebSession patient = session("patient");
        assertThat(patient.get("meeting/view.xhtml?id=" + meeting).body()).doesNotContain("download-attendance");
        assertThat(patient.getBytes(sheetLink).statusCode()).isEqualTo(403);
    }

    @Test
    void aParticipantWhoIsNotInvitedIsRefusedAndUnknownDocumentsAreNotFound() throws Exception {
        long preparatory = meetingIdOf("Réunion préparatoire");
        WebSession patient = session("patient");
        assertThat(patient.getBytes("documents/meetings/" + preparatory + "/agenda.pdf")
                        .statusCode())
                .isEqualTo(403);

        WebSession secretariat = session("secretariat");
        assertThat(secretariat
                        .getBytes("documents/meetings/999999999/agenda.pdf")
                        .statusCode())
                .isEqualTo(404);
        assertThat(secretariat
                        .getBytes("documents/meetings/" + preparatory + "/notice/999999999.pdf")
                        .statusCode())
                .isEqualTo(404);
        assertThat(secretariat
                        .getBytes("documents/meetings/" + preparatory + "/minutes.pdf")
                        .statusCode())
                .isEqualTo(404);
    }

    private WebSession session(String login) throws Exception {
        WebSession session = new WebSession(base);
        session.login(login, PASSWORD);
        return session;
    }

    private long foundingMeetingId() throws Exception {
        return meetingIdOf("Arrêt de fabrication");
    }

    private long meetingIdOf(String titleStart) throws Exception {
        String list = session("secretariat").get("meeting/list.xhtml").body();
        Matcher matcher = Pattern.compile("view\\.xhtml\\?id=(\\d+)\"[^>]*>" + Pattern.quote(titleStart))
                .matcher(list);
        assertThat(matcher.find())
                .as("the secretariat's list shows " + titleStart)
                .isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The href of the link with this id, relative to the application's root. */
    private static String link(String page, String id) {
        Matcher matcher = Pattern.compile("<a id=\"" + id + "\" href=\"/concerto/([^\"]+)\"")
                .matcher(page);
        assertThat(matcher.find()).as("the page has the link " + id).isTrue();
        return matcher.group(1).replace("&amp;", "&");
    }

    private static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(i)))
                        .append('\n');
            }
            return text.toString().replaceAll(" *\\n", " ");
        }
    }
}
