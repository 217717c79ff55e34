package org.concerto.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
 * The downloads that came with contributions, minutes, personal data and the action list's exports, as the
 * secretariat audits them:
 * each confidential download and each refusal is on the "Journal de sécurité" page, and every download
 * carries the strict policy of downloads (sandboxed, not sniffed, not framed), public ones too.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DownloadSecurityLogIT {

    private static final String DOWNLOAD_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    URL base = Deployments.application();

    @Test
    void confidentialDownloadsAndRefusalsAreInTheSecurityLog() throws Exception {
        Map<String, String> world = Scenario.create("contributions");
        WebSession secretariat = session(world.get("secretariat"));
        String founding = world.get("meetingId");
        String confidential = fileLink(
                secretariat.get("contribution/review.xhtml?meeting=" + founding).body(),
                "takeover-search-confidential.docx");

        HttpResponse<byte[]> byAuthor = session(world.get("manufacturer")).getBytes(confidential);
        assertThat(byAuthor.statusCode()).isEqualTo(200);
        assertDownloadHeaders(byAuthor.headers());
        assertThat(session(world.get("professional")).getBytes(confidential).statusCode())
                .isEqualTo(403);

        HttpResponse<byte[]> minutes = secretariat.getBytes("minutes/" + founding + ".pdf");
        assertThat(minutes.statusCode()).isEqualTo(200);
        assertDownloadHeaders(minutes.headers());

        Matcher export = Pattern.compile("personal-data/(\\d+)\\.pdf")
                .matcher(session(world.get("patient")).get("privacy/mine.xhtml").body());
        assertThat(export.find()).as("the patient's page links their export").isTrue();
        String patientData = "personal-data/" + export.group(1) + ".json";
        HttpResponse<byte[]> json = secretariat.getBytes(patientData);
        assertThat(json.statusCode()).isEqualTo(200);
        assertDownloadHeaders(json.headers());
        assertThat(session(world.get("manufacturer")).getBytes(patientData).statusCode())
                .as("someone else's data")
                .isEqualTo(403);

        String log = secretariat.get("security/log.xhtml").body();
        assertThat(log)
                .as("newest first: the downloads just made")
                .contains("/" + confidential + " takeover-search-confidential.docx")
                .contains("/minutes/" + founding + ".pdf")
                .contains("/" + patientData);
        assertThat(log)
                .as("and the refusals, with the address asked for")
                .contains("/concerto/" + confidential + "<")
                .contains("/concerto/" + patientData + "<");
    }

    @Test
    void publicDownloadsCarryTheDownloadPolicyToo() throws Exception {
        String published = "public/minutes/" + Scenario.create("published").get("meetingId") + ".pdf";
        WebSession anonymous = new WebSession(base);
        HttpResponse<byte[]> pdf = anonymous.getBytes(published);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertDownloadHeaders(pdf.headers());
        assertThat(pdf.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
    }

    @Test
    void theActionListExportsCarryTheDownloadPolicy() throws Exception {
        WebSession secretariat = session(Scenario.create("policy").get("secretariat"));
        String page = secretariat.get("action/list.xhtml").body();
        Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
                .matcher(page);
        Matcher nonce =
                Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
        assertThat(viewState.find()).isTrue();
        assertThat(nonce.find()).isTrue();
        for (String button : List.of("exportPdf", "exportCsv")) {
            HttpResponse<byte[]> export = secretariat.postForBytes(
                    "action/list.xhtml",
                    "actions=actions&actions%3A" + button + "="
                            + "&jakarta.faces.ViewState="
                            + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8)
                            + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8));
            assertThat(export.statusCode()).as(button).isEqualTo(200);
            assertDownloadHeaders(export.headers());
        }
        assertThat(secretariat.get("security/log.xhtml").body())
                .as("both exports went through the one download path")
                .contains("/action/list.xhtml releve-d-actions.csv")
                .containsPattern("/action/list\\.xhtml [^<]*\\.pdf");
    }

    private static void assertDownloadHeaders(HttpHeaders headers) {
        assertThat(headers.allValues("Content-Security-Policy")).containsExactly(DOWNLOAD_POLICY);
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
    }

    private WebSession session(String login) throws Exception {
        WebSession session = new WebSession(base);
        session.login(login, Scenario.PASSWORD);
        return session;
    }

    private static String fileLink(String page, String fileName) {
        Matcher matcher = Pattern.compile(
                        "href=\"/concerto/(files/contributions/\\d+)\"[^>]*>" + Pattern.quote(fileName))
                .matcher(page);
        assertThat(matcher.find()).as("the page links " + fileName).isTrue();
        return matcher.group(1);
    }
}
