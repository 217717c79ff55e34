package org.concerto.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.it.Deployments;
import org.concerto.it.Scenario;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The meeting's PDFs downloaded over HTTP by the personas of a world of their own (the fixtures' {@code founding}
 * scenario), from the links of the meeting page: the right document with the right headers for whoever may have it,
 * 403 or 404 for the others. Only the demo's own mention on its agenda is checked against the demo.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DocumentDownloadIT {

    /** The title of the demo's founding meeting, whose agenda carries the demo's mention. */
    private static final String DEMO_FOUNDING = "Arrêt de fabrication de la pompe implantable MiniMed 2007D";

    URL base = Deployments.application();

    Map<String, String> world = Scenario.create("founding");
    LocalDate day = LocalDate.parse(world.get("date"));

    @Test
    void anInviteeDownloadsTheAgendaInTheLanguageOfThePageWithDownloadHeaders() throws Exception {
        WebSession patient = session(world.get("patient"));
        String page =
                patient.get("meeting/view.xhtml?id=" + world.get("meetingId")).body();
        String agendaLink = link(page, "download-agenda");
        assertThat(agendaLink).endsWith("agenda.pdf?lang=fr");

        HttpResponse<byte[]> pdf = patient.getBytes(agendaLink);

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pdf.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"ordre-du-jour-" + day + ".pdf\"; filename*=UTF-8''ordre-du-jour-"
                        + day + ".pdf");
        String title = world.get("meeting");
        // The PDF sets apostrophes and the space before a colon typographically, and may break the title after the
        // hyphen of its unique suffix.
        assertThat(text(pdf.body()).replace('\u202F', ' ').replace('\u00A0', ' '))
                .contains(
                        "Ordre du jour",
                        title.substring(0, title.lastIndexOf('-')).replace('\'', '’'),
                        title.substring(title.lastIndexOf('-') + 1),
                        day.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH)),
                        "page 1 sur");

        HttpResponse<byte[]> english = patient.getBytes(agendaLink.replace("lang=fr", "lang=en"));
        assertThat(text(english.body()))
                .contains(
                        "Agenda",
                        day.format(DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", Locale.ENGLISH)),
                        "page 1 of");
    }

    @Test
    void theDemoAgendaSaysItIsDemoDataInEachLanguage() throws Exception {
        WebSession demo = new WebSession(base);
        demo.login("patient", "concerto-demo");
        String agendaLink = link(
                demo.get("meeting/view.xhtml?id=" + demoMeetingId(DEMO_FOUNDING))
                        .body(),
                "download-agenda");
        assertThat(text(demo.getBytes(agendaLink).body()))
                .contains("Ordre du jour", DEMO_FOUNDING, "jeudi 12 septembre 2019", "Données de démonstration");
        assertThat(text(demo.getBytes(agendaLink.replace("lang=fr", "lang=en")).body()))
                .contains("Agenda", "Thursday, 12 September 2019", "Illustrative demo data");
    }

    @Test
    void eachInviteeHasTheirOwnNoticeInTheirLanguageAndNoOneElses() throws Exception {
        String meeting = world.get("meetingId");
        WebSession patient = session(world.get("patient"));
        String myNotice = link(patient.get("meeting/view.xhtml?id=" + meeting).body(), "download-my-notice");
        HttpResponse<byte[]> notice = patient.getBytes(myNotice);
        assertThat(notice.statusCode()).isEqualTo(200);
        assertThat(notice.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .startsWith("attachment; filename=\"convocation-" + day + "-")
                .contains("filename*=UTF-8''convocation-" + day + "-"));
        assertThat(text(notice.body())).contains("Convocation", world.get("patientName"), "Madame, Monsieur");

        WebSession manufacturer = session(world.get("manufacturer"));
        String hisNotice =
                link(manufacturer.get("meeting/view.xhtml?id=" + meeting).body(), "download-my-notice");
        assertThat(text(manufacturer.getBytes(hisNotice).body()))
                .contains("Notice of meeting", world.get("manufacturerName"), "Dear Sir or Madam");

        assertThat(patient.getBytes(hisNotice).statusCode())
                .as("a participant asking for someone else's notice")
                .isEqualTo(403);
        assertThat(session(world.get("secretariat")).getBytes(hisNotice).statusCode())
                .as("the secretariat reads every notice")
                .isEqualTo(200);
    }

    @Test
    void onlyTheSecretariatDownloadsTheAttendanceSheetGroupedByOrganisation() throws Exception {
        String meeting = world.get("meetingId");
        WebSession secretariat = session(world.get("secretariat"));
        String sheetLink =
                link(secretariat.get("meeting/view.xhtml?id=" + meeting).body(), "download-attendance");

        HttpResponse<byte[]> sheet = secretariat.getBytes(sheetLink);
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"feuille-d-emargement-" + day + ".pdf\"; "
                        + "filename*=UTF-8''feuille-d-%C3%A9margement-" + day + ".pdf");
        assertThat(text(sheet.body()))
                .contains(
                        "Feuille d’émargement",
                        "Signature",
                        world.get("patientName"),
                        world.get("manufacturerName"),
                        "Personnes présentes non inscrites");

        WebSession patient = session(world.get("patient"));
        assertThat(patient.get("meeting/view.xhtml?id=" + meeting).body()).doesNotContain("download-attendance");
        assertThat(patient.getBytes(sheetLink).statusCode()).isEqualTo(403);
    }

    @Test
    void aParticipantWhoIsNotInvitedIsRefusedAndUnknownDocumentsAreNotFound() throws Exception {
        String preparatory = Scenario.create("convening").get("meetingId");
        WebSession patient = session(world.get("patient"));
        assertThat(patient.getBytes("documents/meetings/" + preparatory + "/agenda.pdf")
                        .statusCode())
                .isEqualTo(403);

        WebSession secretariat = session(world.get("secretariat"));
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
        session.login(login, Scenario.PASSWORD);
        return session;
    }

    /** The id of the demo meeting of this title, found by the list's bookmarkable search (whatever page it is on). */
    private long demoMeetingId(String title) throws Exception {
        WebSession secretariat = new WebSession(base);
        secretariat.login("secretariat", "concerto-demo");
        String list = secretariat
                .get("meeting/list.xhtml?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .body();
        Matcher matcher = Pattern.compile("view\\.xhtml\\?id=(\\d+)\"[^>]*>" + Pattern.quote(title))
                .matcher(list);
        assertThat(matcher.find()).as("the secretariat's search finds " + title).isTrue();
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
