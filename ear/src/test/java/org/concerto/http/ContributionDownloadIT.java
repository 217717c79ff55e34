package org.concerto.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * Contributions' files over HTTP, with contributions of a world of their own (the fixtures' {@code contributions}
 * scenario, like the demo's invented ones): an invitee downloads a
 * distributed file as an attachment (encoded name, nosniff); a secretariat-only file, one of a meeting
 * they are not invited to, or an unknown id gives 403 or 404, whatever id is typed; anonymous visitors
 * get nothing of an unpublished meeting.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ContributionDownloadIT {

    URL base = Deployments.application();

    Map<String, String> world = Scenario.create("contributions");

    @Test
    void anInviteeDownloadsADistributedFileAsAnAttachmentWithItsNameEncoded() throws Exception {
        String review = reviewPage(world.get("meetingId"));
        WebSession patient = session(world.get("patient"));

        HttpResponse<byte[]> file = patient.getBytes(fileLink(review, "position-AVPI-2019-09.docx"));

        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValue(
                        "attachment; filename=\"position-AVPI-2019-09.docx\"; filename*=UTF-8''position-AVPI-2019-09.docx");
        assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(new String(file.body(), 0, 2, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("PK");
    }

    @Test
    void aParticipantCannotReadASecretariatOnlyFileOrOneOfAnotherMeetingByGuessingItsId() throws Exception {
        String confidential = fileLink(reviewPage(world.get("meetingId")), "takeover-search-confidential.docx");
        String otherMeeting = fileLink(reviewPage(world.get("preparatoryId")), "calendrier-MIP.docx");
        WebSession patient = session(world.get("patient"));

        assertThat(patient.getBytes(confidential).statusCode())
                .as("secretariat only")
                .isEqualTo(403);
        assertThat(patient.getBytes(otherMeeting).statusCode())
                .as("a meeting the patient is not invited to")
                .isEqualTo(403);
        assertThat(patient.getBytes("files/contributions/999999999").statusCode())
                .isEqualTo(404);
        assertThat(patient.getBytes("files/contributions/../agenda/1").statusCode())
                .isIn(400, 403, 404);
        assertThat(session(world.get("secretariat")).getBytes(confidential).statusCode())
                .isEqualTo(200);
        assertThat(session(world.get("manufacturer")).getBytes(confidential).statusCode())
                .as("its author")
                .isEqualTo(200);
        assertThat(session(world.get("professional")).getBytes(confidential).statusCode())
                .as("another invitee")
                .isEqualTo(403);

        WebSession anonymous = new WebSession(base);
        assertThat(anonymous
                        .getBytes(confidential.replace("files/contributions/", "public/contributions/"))
                        .statusCode())
                .as("an unpublished meeting has nothing public")
                .isEqualTo(404);
        assertThat(anonymous.get(confidential).body())
                .as("the private address asks for a login")
                .contains("j_username");
    }

    @Test
    void theMeetingPageListsWhatTheInviteeMayReadAndNothingElse() throws Exception {
        String founding = world.get("meetingId");
        String page = session(world.get("patient"))
                .get("meeting/view.xhtml?id=" + founding)
                .body();
        assertThat(page)
                .contains("Position de l'AVPI", "Retour d'expérience des centres EVADIAC", "position-AVPI-2019-09.docx")
                .contains("Version publique (occultée)")
                .doesNotContain("takeover-search-confidential.docx", "Confidential list");
    }

    private String reviewPage(String meetingId) throws Exception {
        return session(world.get("secretariat"))
                .get("contribution/review.xhtml?meeting=" + meetingId)
                .body();
    }

    private WebSession session(String login) throws Exception {
        WebSession session = new WebSession(base);
        session.login(login, Scenario.PASSWORD);
        return session;
    }

    /** The address of the file with this name on a page, relative to the application's root. */
    private static String fileLink(String page, String fileName) {
        Matcher matcher = Pattern.compile(
                        "href=\"/concerto/(files/contributions/\\d+)\"[^>]*>" + Pattern.quote(fileName))
                .matcher(page);
        assertThat(matcher.find()).as("the page links " + fileName).isTrue();
        return matcher.group(1);
    }
}
