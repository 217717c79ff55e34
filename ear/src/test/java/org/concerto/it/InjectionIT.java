package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.concerto.action.ActionDocuments;
import org.concerto.action.ActionForm;
import org.concerto.action.ActionItem;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionReminders;
import org.concerto.action.ActionScope;
import org.concerto.action.ActionSearch;
import org.concerto.action.ActionService;
import org.concerto.action.ActionStatus;
import org.concerto.contribution.ContributionRow;
import org.concerto.contribution.ContributionService;
import org.concerto.contribution.SubmissionDraft;
import org.concerto.contribution.Visibility;
import org.concerto.convening.ConveningService;
import org.concerto.meeting.MeetingSearch;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.MeetingSort;
import org.concerto.minutes.CommentResolution;
import org.concerto.minutes.CommentRow;
import org.concerto.minutes.MinutesService;
import org.concerto.minutes.PositionStatement;
import org.concerto.minutes.SectionText;
import org.concerto.minutes.SectionView;
import org.concerto.participant.DirectorySearch;
import org.concerto.participant.DirectoryService;
import org.concerto.security.SecurityLog;
import org.concerto.shared.Role;
import org.concerto.shared.Zones;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input: markup typed into every text field (names, meeting, agenda, interests, recusal comments)
 * comes back escaped in every page that shows it and in
 * the notice mails; SQL and JPQL typed into every filter is matched as plain text; addresses with a hostile
 * id are pages that do not exist. The same for contributions (whose rich-text statement is sanitised), action items
 * and minutes, in their pages, PDFs and mails. (Other PDFs: InjectionInPdfTest in the ejb module.) Sorting takes no
 * text at all: the tables map their column to a fixed enum (MeetingSort, DirectorySearch.Sort, ActionSort) and
 * ignore the rest.
 */
@ExtendWith(ArquillianExtension.class)
class InjectionIT {

    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMAGE = "\"><img src=x onerror=alert(1)>";

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

    @Inject
    ContributionService contributions;

    @Inject
    ActionService actions;

    @Inject
    ActionDocuments actionDocuments;

    @Inject
    ActionReminders reminders;

    @Inject
    MinutesService minutes;

    @Inject
    SecurityLog securityLog;

    @Test
    void markupInContributionsComesBackEscapedAndTheStatementIsSanitised() throws Exception {
        for (String payload : List.of(SCRIPT, IMAGE)) {
            String secretariat = fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT);
            Long authorId = fixtures.person("Alice", "Auteure", null);
            Long readerId = fixtures.person("Rémi", "Lecteur", null);
            String author = fixtures.account(authorId, Role.PARTICIPANT);
            String reader = fixtures.account(readerId, Role.PARTICIPANT);
            long meeting = fixtures.convenedMeeting(Fixtures.unique("Contributions"), 21, authorId, readerId);

            long accepted = AsUser.call(
                    author,
                    Fixtures.PASSWORD,
                    () -> contributions.submit(meeting, draft("Titre " + payload, payload), List.of()));
            long returned = AsUser.call(
                    author,
                    Fixtures.PASSWORD,
                    () -> contributions.submit(meeting, draft("Renvoyée " + payload, payload), List.of()));
            List<ContributionRow> review =
                    AsUser.call(secretariat, Fixtures.PASSWORD, () -> contributions.forReview(meeting));
            long acceptedVersion = review.stream()
                    .filter(r -> r.getId() == accepted)
                    .findFirst()
                    .orElseThrow()
                    .getVersion();
            long returnedVersion = review.stream()
                    .filter(r -> r.getId() == returned)
                    .findFirst()
                    .orElseThrow()
                    .getVersion();
            AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
                contributions.accept(accepted, acceptedVersion, null);
                contributions.returnToAuthor(returned, returnedVersion, "Commentaire " + payload);
                return contributions.distribute(meeting);
            });

            assertThat(fixtures.statementsHtml(meeting))
                    .as("the stored statements")
                    .isNotEmpty()
                    .allSatisfy(html -> assertThat(html.toLowerCase(Locale.ROOT))
                            .contains("déclaration")
                            .doesNotContain("<script", "onerror", "<img"));
            Pages staff = new Pages(secretariat);
            for (String page :
                    List.of("contribution/review.xhtml?meeting=" + meeting, "meeting/view.xhtml?id=" + meeting)) {
                assertEscaped(staff.get(page), payload, page);
            }
            assertEscaped(
                    new Pages(reader).get("meeting/view.xhtml?id=" + meeting),
                    payload,
                    "the meeting page of an invitee");
            Pages own = new Pages(author);
            assertEscaped(own.get("meeting/view.xhtml?id=" + meeting), payload, "the meeting page of the author");
            assertEscaped(
                    own.get("contribution/submit.xhtml?meeting=" + meeting + "&contribution=" + returned),
                    payload,
                    "the new version's form");
            List<String> digest = fixtures.htmlBodies(fixtures.email(readerId));
            assertThat(digest)
                    .as("the digest")
                    .isNotEmpty()
                    .allSatisfy(html -> assertThat(html).doesNotContain(payload))
                    .anySatisfy(html -> assertThat(html).contains(escaped(payload)));
        }
    }

    @Test
    void markupInActionsComesBackEscapedInPagesTheActionListAndReminders() throws Exception {
        for (String payload : List.of(SCRIPT, IMAGE)) {
            String secretariat = fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT);
            Long ownerId = fixtures.person("Olivier", "Responsable", null);
            String owner = fixtures.account(ownerId, Role.PARTICIPANT);
            long meeting = fixtures.heldMeeting(
                    Fixtures.unique("Actions"), fixtures.person("Chloé", "Présidente", null), ownerId);
            long reported = AsUser.call(
                    secretariat,
                    Fixtures.PASSWORD,
                    () -> actions.record(meeting, action("Action " + payload, ownerId)));
            long cancelled = AsUser.call(
                    secretariat,
                    Fixtures.PASSWORD,
                    () -> actions.record(meeting, action("Annulée " + payload, ownerId)));
            AsUser.call(owner, Fixtures.PASSWORD, () -> {
                actions.report(
                        reported,
                        fixtures.versionOf(ActionItem.class, reported),
                        ActionStatus.IN_PROGRESS,
                        "Avancement " + payload);
                return null;
            });
            AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
                actions.cancel(cancelled, fixtures.versionOf(ActionItem.class, cancelled), "Motif " + payload);
                return null;
            });

            Pages staff = new Pages(secretariat);
            for (String page : List.of(
                    "action/view.xhtml?id=" + reported,
                    "action/view.xhtml?id=" + cancelled,
                    "meeting/view.xhtml?id=" + meeting)) {
                assertEscaped(staff.get(page), payload, page);
            }
            Pages own = new Pages(owner);
            for (String page : List.of(
                    "action/list.xhtml", "action/view.xhtml?id=" + reported, "meeting/view.xhtml?id=" + meeting)) {
                assertEscaped(own.get(page), payload, page + " of the owner");
            }
            ActionSearch search = new ActionSearch();
            search.setScope(ActionScope.ALL);
            search.setMeetingId(meeting);
            String pdf = pdfText(AsUser.call(
                            secretariat,
                            Fixtures.PASSWORD,
                            () -> actionDocuments.list(search, "Réunion", Locale.FRENCH))
                    .getContent());
            assertThat(pdf)
                    .as("the action list PDF prints the markup as text, word by word (its narrow columns wrap lines)")
                    .contains(payload.substring(payload.indexOf('<')).split(" "));
            reminders.remind(Clock.fixed(
                    ZonedDateTime.of(LocalDate.now(Zones.DEFAULT).atTime(7, 0), Zones.DEFAULT)
                            .toInstant(),
                    Zones.DEFAULT));
            assertThat(fixtures.htmlBodies(fixtures.email(ownerId)))
                    .as("the reminder")
                    .isNotEmpty()
                    .allSatisfy(html -> assertThat(html).doesNotContain(payload))
                    .anySatisfy(html -> assertThat(html).contains(escaped(payload)));
        }
    }

    @Test
    void markupInMinutesComesBackEscapedInPagesPdfAndMails() throws Exception {
        for (String payload : List.of(SCRIPT, IMAGE)) {
            String secretariat = fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT);
            Long inviteeId = fixtures.person("Inès", "Invitée", null);
            String invitee = fixtures.account(inviteeId, Role.PARTICIPANT);
            long meeting = fixtures.heldMeeting(
                    Fixtures.unique("Compte rendu " + payload),
                    fixtures.person("Chloé", "Présidente", null),
                    inviteeId);
            AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
                minutes.start(meeting);
                return null;
            });
            SectionView section = AsUser.call(secretariat, Fixtures.PASSWORD, () -> minutes.view(meeting))
                    .getSections()
                    .get(0);
            SectionText text = new SectionText(
                    "Synthèse " + payload,
                    List.of(new PositionStatement("Organisation " + payload, "Position " + payload)),
                    "Décision " + payload,
                    3,
                    1,
                    0,
                    "Minorité " + payload,
                    null);
            AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
                minutes.save(meeting, section.getId(), section.getVersion(), text);
                return minutes.openReview(meeting, Instant.now().plus(Duration.ofDays(7)));
            });
            AsUser.call(invitee, Fixtures.PASSWORD, () -> {
                minutes.comment(meeting, section.getId(), "Remarque " + payload);
                return null;
            });
            CommentRow comment = AsUser.call(secretariat, Fixtures.PASSWORD, () -> minutes.view(meeting))
                    .getSections()
                    .get(0)
                    .getComments()
                    .get(0);
            AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
                minutes.resolve(
                        meeting,
                        comment.getId(),
                        comment.getVersion(),
                        CommentResolution.NOT_TAKEN_INTO_ACCOUNT,
                        "Raison " + payload);
                return null;
            });

            assertEscaped(
                    new Pages(secretariat).get("meeting/minutes.xhtml?id=" + meeting),
                    payload,
                    "the minutes page of the secretariat");
            assertEscaped(
                    new Pages(invitee).get("meeting/minutes.xhtml?id=" + meeting),
                    payload,
                    "the minutes page in review");
            String draft = pdfText(AsUser.call(secretariat, Fixtures.PASSWORD, () -> minutes.pdf(meeting))
                    .getContent());
            assertThat(draft)
                    .as("the draft minutes PDF prints the markup as text")
                    .contains(tag(payload));

            AsUser.call(secretariat, Fixtures.PASSWORD, () -> {
                minutes.approve(meeting);
                minutes.publish(meeting);
                return null;
            });
            assertThat(fixtures.htmlBodies(fixtures.email(inviteeId)))
                    .as("the review and approval mails")
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(html -> assertThat(html).doesNotContain(payload))
                    .anySatisfy(html -> assertThat(html).contains(escaped(payload)));
            assertEscaped(new Pages(null).get("public/meetings.xhtml"), payload, "the public meetings");
        }
    }

    @Test
    void sqlInTheNewFiltersIsMatchedAsPlainTextAndHostileAddressesAreNotFound() throws Exception {
        String secretariat = fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT);
        for (String attack : List.of(
                "' or '1'='1", "%", "_", "\\", "') or ('a'='a", "x' union select login from UserAccount u --")) {
            ActionSearch search = new ActionSearch();
            search.setScope(ActionScope.ALL);
            search.setText(Fixtures.unique("aucune") + attack);
            search.setSubject(attack);
            assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> actions.search(search, 0, 50)))
                    .as("actions matching %s", attack)
                    .isEmpty();
            assertThat(AsUser.call(
                            secretariat,
                            Fixtures.PASSWORD,
                            () -> securityLog.search(null, Fixtures.unique("aucun") + attack, null, null, 0, 50)))
                    .as("security events matching %s", attack)
                    .isEmpty();
        }
        Pages staff = new Pages(secretariat);
        for (String address : List.of(
                "action/view.xhtml?id=1%20or%201%3D1",
                "contribution/review.xhtml?meeting=1'--",
                "contribution/submit.xhtml?contribution=1;drop",
                "meeting/minutes.xhtml?id=1%27%20or%20%271%27%3D%271",
                "meeting/minutes-compare.xhtml?id=1&left=1%20or%201=1&right=2",
                "files/contributions/1%20or%201=1",
                "files/packs/1'",
                "files/actions/1;drop",
                "minutes/1'.pdf",
                "public/minutes/1%20or%201=1.pdf",
                "public/contributions/1'--")) {
            HttpResponse<String> response = staff.response(address);
            assertThat(response.statusCode()).as(address).isIn(400, 404);
            assertThat(response.body())
                    .as(address)
                    .doesNotContain("Caused by", "java.lang.", "SQLException", "at org.");
        }
        HttpResponse<String> item = staff.response("meeting/history.xhtml?id=1&item=1'--");
        assertThat(item.statusCode())
                .as("a hostile item is a conversion error on the page, or no page")
                .isIn(200, 400, 404);
        assertThat(item.body()).doesNotContain("Caused by", "java.lang.", "SQLException", "at org.");
        HttpResponse<String> anonymous =
                new Pages(null).response("public/meetings.xhtml?id=1%20or%201=1&sort=title;drop");
        assertThat(anonymous.statusCode())
                .as("unknown parameters on the public page are ignored")
                .isEqualTo(200);
    }

    private static SubmissionDraft draft(String title, String payload) {
        SubmissionDraft draft = new SubmissionDraft();
        draft.setTitle(title);
        draft.setVisibility(Visibility.PARTICIPANTS);
        draft.setStatementHtml("<p>Déclaration " + payload + "</p>" + payload + "<p onclick=\"alert(2)\">suite</p>");
        draft.setDisclosure("Financement " + payload);
        return draft;
    }

    private static ActionForm action(String description, Long ownerId) {
        ActionForm form = new ActionForm();
        form.setDescription(description);
        form.setOwnerPersonId(ownerId);
        form.setDueDate(LocalDate.now(Zones.DEFAULT).plusDays(3));
        form.setPriority(ActionPriority.NORMAL);
        return form;
    }

    /**
     * The markup from its first tag on, without spaces: what a PDF must print literally, whatever its typography does
     * to quotes and wherever a line wraps (compared with {@link #pdfText}, which drops spaces too).
     */
    private static String tag(String payload) {
        return payload.substring(payload.indexOf('<')).replaceAll("\\s+", "");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        StringBuilder text = new StringBuilder();
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                text.append(PdfTextExtractor.getTextFromPage(document.getPage(page)))
                        .append('\n');
            }
        }
        return text.toString().replaceAll("\\s+", "");
    }

    @Test
    void markupInEveryTextFieldComesBackEscapedInPagesAndMails() throws Exception {
        for (String payload : List.of(SCRIPT, IMAGE)) {
            long[] ids = fixtures.hostileData(payload);
            long meeting = ids[0];
            long person = ids[1];
            String secretariat = fixtures.account(fixtures.person("Sam", "Secrétariat", null), Role.SECRETARIAT);
            String invitee = fixtures.account(person, Role.PARTICIPANT);

            Pages staff = new Pages(secretariat);
            for (String page : List.of(
                    "meeting/view.xhtml?id=" + meeting,
                    // Found by its title: the list shows the newest meetings first, and other tests add meetings.
                    "meeting/list.xhtml?q="
                            + java.net.URLEncoder.encode(payload, java.nio.charset.StandardCharsets.UTF_8),
                    "meeting/agenda.xhtml?id=" + meeting,
                    "meeting/edit.xhtml?id=" + meeting,
                    "meeting/history.xhtml?id=" + meeting,
                    // Found by their name too: the directory is paged, and other tests add people and organisations.
                    "directory/people.xhtml?q="
                            + java.net.URLEncoder.encode("Nom " + payload, java.nio.charset.StandardCharsets.UTF_8),
                    "directory/organisations.xhtml?q="
                            + java.net.URLEncoder.encode("Org " + payload, java.nio.charset.StandardCharsets.UTF_8),
                    "directory/person.xhtml?id=" + person,
                    "directory/organisation.xhtml?id=" + ids[2])) {
                assertEscaped(staff.get(page), payload, page);
            }
            AsUser.call(secretariat, Fixtures.PASSWORD, () -> convening.convene(meeting, fixtures.version(meeting)));
            Pages own = new Pages(invitee);
            for (String page : List.of(
                    "meeting/view.xhtml?id=" + meeting, "index.xhtml", "interest/mine.xhtml", "privacy/mine.xhtml")) {
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

        for (String attack : List.of(
                "' or '1'='1",
                "' or 1=1 --",
                "%",
                "_",
                "\\",
                "') or ('a'='a",
                "x' union select login from UserAccount u --",
                "'; drop table meeting; --")) {
            MeetingSearch search = new MeetingSearch();
            search.setText(marker + attack);
            search.setSort(MeetingSort.TITLE);
            List<Long> found =
                    AsUser.call(secretariat, Fixtures.PASSWORD, () -> meetings.search(search, 0, 50)).stream()
                            .map(m -> m.getId())
                            .toList();
            assertThat(found).as("meetings matching %s", attack).allMatch(literal::equals);

            DirectorySearch people = new DirectorySearch();
            people.setText(marker + attack);
            assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> directory.searchPeople(people, 0, 50)))
                    .as("people matching %s", attack)
                    .isEmpty();
            assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> directory.searchOrganisations(people, 0, 50)))
                    .isEmpty();
        }
        MeetingSearch exact = new MeetingSearch();
        exact.setText(marker + " ' or '1'='1 %_\\");
        assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> meetings.search(exact, 0, 50)))
                .extracting(m -> m.getId())
                .containsExactly(literal);
        MeetingSearch all = new MeetingSearch();
        all.setText(marker);
        assertThat(AsUser.call(secretariat, Fixtures.PASSWORD, () -> meetings.count(all)))
                .as("the tables are still there")
                .isEqualTo(2);

        Pages staff = new Pages(secretariat);
        for (String address : List.of(
                "meeting/view.xhtml?id=1%20or%201%3D1",
                "meeting/history.xhtml?id=1'--",
                "directory/person.xhtml?id=1;drop",
                "personal-data/1%20or%201=1.json",
                "documents/meetings/1'/agenda.pdf")) {
            HttpResponse<String> response = staff.response(address);
            assertThat(response.statusCode()).as(address).isIn(400, 404);
            assertThat(response.body())
                    .as(address)
                    .doesNotContain("Caused by", "java.lang.", "SQLException", "at org.");
        }
        HttpResponse<String> filtered = staff.response(
                "directory/people.xhtml?organisation=" + URLEncoder.encode("1 or 1=1", StandardCharsets.UTF_8));
        assertThat(filtered.statusCode()).as("a hostile organisation filter").isIn(200, 400, 404);
        assertThat(filtered.body()).doesNotContain("Caused by", "java.lang.", "SQLException", "at org.");
    }

    private static void assertEscaped(String html, String payload, String page) {
        assertThat(html).as("%s never contains the raw markup", page).doesNotContain(payload);
        assertThat(html).as("%s shows the text, escaped", page).contains(escaped(payload));
    }

    /** What any correct escaping leaves of the markup's tag: its angle brackets as entities. */
    private static String escaped(String payload) {
        return payload.contains("<script>")
                ? "&lt;script&gt;alert(1)&lt;/script&gt;"
                : "&lt;img src=x onerror=alert(1)&gt;";
    }

    /** A signed-in browser, reaching the application from inside the server. */
    private final class Pages {

        private final HttpClient client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        private final URI base;

        /** Signed in as that login, or anonymous for none. */
        Pages(String login) throws Exception {
            base = testBase.toURI().resolve("/concerto/");
            if (login == null) {
                return;
            }
            response("index.xhtml");
            client.send(
                    HttpRequest.newBuilder(base.resolve("j_security_check"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&j_password="
                                            + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8)))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        String get(String path) throws Exception {
            HttpResponse<String> response = response(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            return response.body();
        }

        HttpResponse<String> response(String path) throws Exception {
            return client.send(
                    HttpRequest.newBuilder(base.resolve(path))
                            .header("Accept-Language", "fr")
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }
}
