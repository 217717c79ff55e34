package org.concerto.it;

import jakarta.inject.Inject;
import org.concerto.convening.ConveningService;
import org.concerto.meeting.MeetingSearch;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.MeetingSort;
import org.concerto.participant.DirectorySearch;
import org.concerto.participant.DirectoryService;
import org.concerto.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input: markup typed into every text field (names, meeting, agenda, interests, recusal comments)
 * comes back escaped in every page that shows it and in
 * the notice mails; SQL and JPQL typed into every filter is matched as plain text; addresses with a hostile
 * id are pages that do not exist. (PDFs: InjectionInPdfTest in the ejb module.) Sorting takes no text at
 * all: the tables map their column to a fixed enum (MeetingSort, DirectorySearch.Sort) and ignore the rest.
 */
@ExtendWith(ArquillianExtension.class)
class InjectionIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests();
    }

    @ArquillianResource
    URL testBase;

    @Inject
    Fixtures fixtures;

    @Inject
    MeetingService meetings;

    @Inject
    DirectoryService directory;

    @Inject
    ConveningService convening;

    @Test
    void markupInEveryTextFieldComesBackEscapedInPagesAndMails() throws Exception {
        for (String payload : List.of(SCRIPT, IMAGE)) {
            long[] ids = fixtures.hostileData(payload);
            long meeting = ids[0];
            long person = ids[1];
            String secretariat = fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT);
            String invitee = fixtures.account(person, Role.PARTICIPANT);

            Pages staff = new Pages(secretariat);
            for (String page : List.of("meeting/view.xhtml?id=" + meeting, "meeting/list.xhtml", "meeting/agenda.xhtml?id=" + meeting,
                    "meeting/edit.xhtml?id=" + meeting, "meeting/history.xhtml?id=" + meeting, "directory/people.xhtml",
                    "directory/organisations.xhtml", "directory/person.xhtml?id=" + person, "directory/organisation.xhtml?id=" + ids[2])) {
                assertEscaped(staff.get(page), payload, page);
            }
            AsUser.call(secretariat, Fixtures.PASSWORD, () -> convening.convene(meeting, fixtures.version(meeting)));
            Pages own = new Pages(invitee);
            for (String page : List.of("meeting/view.xhtml?id=" + meeting, "index.xhtml", "interest/mine.xhtml", "privacy/mine.xhtml")) {
                assertEscaped(own.get(page), payload, page);
            }
            String answerPage = "invitation/answer.xhtml?token=" + fixtures.answerToken(meeting, person);
            assertEscaped(new Pages(null).get(answerPage), payload, "the answer page, without an account");
            List<String> mails = fixtures.htmlBodies(fixtures.email(person));
            assertThat(mails).as("the notice").isNotEmpty();
            for (String html : mails) {
                assertThat(html).doesNotContain(payload).contains(escaped(payload));
            }
            assertEscaped(staff.get("mail/outbox.xhtml"), payload, "outbox");
        }
    }

    @Test
    void sqlAndJpqlInEveryFilterAreMatchedAsPlainText() throws Exception {
        String marker = Fixtures.unique("filtre");
        String secretariat = fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT);
        fixtures.meeting(marker + " ordinaire");
        Long literal = fixtures.meeting(marker + " ' or '1'='1 %_\\");
        fixtures.person(marker, "Annuaire", null);

        for (String attack : List.of("' or '1'='1", "' or 1=1 --", "%", "_", "\\", "') or ('a'='a", "x' union select login from UserAccount u --",
                "'; drop table meeting; --")) {
            MeetingSearch search = new MeetingSearch();
            search.setText(marker + attack);
            search.setSort(MeetingSort.TITLE);
            List<Long> found = AsUser.call(secretariat, Fixtures.PASSWORD, () -> meetings.search(search, 0, 50)).stream()
                    .map(m -> m.getId()).toList();
            assertThat(found).as("meetings matching %s", attack).allMatch(literal::equals);

            DirectorySearch people = new DirectorySearch();
            people.setText(marker + attack);
            assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> directory.searchPeople(people, 0, 50))).as("people matching %s", attack)
                    .isEmpty();
            assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> directory.searchOrganisations(people, 0, 50))).isEmpty();
        }
        MeetingSearch exact = new MeetingSearch();
        exact.setText(marker + " ' or '1'='1 %_\\");
        assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> meetings.search(exact, 0, 50))).extracting(m -> m.getId())
                .containsExactly(literal);
        MeetingSearch all = new MeetingSearch();
        all.setText(marker);
        assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> meetings.count(all))).as("the tables are still there").isEqualTo(2);

        Pages staff = new Pages(secretariat);
        for (String address : List.of("meeting/view.xhtml?id=1%20or%201%3D1", "meeting/history.xhtml?id=1'--", "directory/person.xhtml?id=1;drop",
                "personal-data/1%20or%201=1.json", "documents/meetings/1'/agenda.pdf")) {
            HttpResponse<String> response = staff.response(address);
            assertThat(response.statusCode()).as(address).isIn(400, 404);
            assertThat(response.body()).as(address).doesNotContain("Caused by", "java.lang.", "SQLException", "at org.");
        }
        HttpResponse<String> filtered = staff.response("directory/people.xhtml?organisation=" + URLEncoder.encode("1 or 1=1", StandardCharsets.UTF_8));
        assertThat(filtered.statusCode()).as("a hostile organisation filter").isIn(200, 400, 404);
        assertThat(filtered.body()).doesNotContain("Caused by", "java.lang.", "SQLException", "at org.");
    }

    private static void assertEscaped(String html, String payload, String page) {
        assertThat(html).as("%s never contains the raw markup", page).doesNotContain(payload);
        assertThat(html).as("%s shows the text, escaped", page).contains(escaped(payload));
    }

    /** What any correct escaping leaves of the markup's tag: its angle brackets as entities. */
    private static String escaped(String payload) {
        return payload.contains("<script>") ? "&lt;script&gt;alert(1)&lt;/script&gt;" : "&lt;img src=x onerror=alert(1)&gt;";
    }

    /** A signed-in browser, reaching the application from inside the server. */
    private final class Pages {

        private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        private final URI base;

        /** Signed in as that login, or anonymous for none. */
        Pages(String login) throws Exception {
            base = testBase.toURI().resolve("/concerto/");
            if (login == null) {
                return;
            }
            response("index.xhtml");
            client.send(HttpRequest.newBuilder(base.resolve("j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8)
                            + "&j_password=" + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        }

        String get(String path) throws Exception {
            HttpResponse<String> response = response(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }

        HttpResponse<String> response(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(base.resolve(path)).header("Accept-Language", "fr").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
