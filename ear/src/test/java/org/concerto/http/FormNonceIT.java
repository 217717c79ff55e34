package org.concerto.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.it.Deployments;
import org.concerto.it.Scenario;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forms posted as a script on another site or a replayed request would (curl-like posts): without the nonce of
 * their page, with a wrong one, or with another session's view state, they end on the "page expired" page and
 * change nothing; never an error page.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class FormNonceIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    URL base = Deployments.application();

    /** A page's view state and nonce. */
    private record Page(String viewState, String nonce) {}

    private static Page read(HttpResponse<String> page) {
        Matcher state = VIEW_STATE.matcher(page.body());
        Matcher nonce = NONCE.matcher(page.body());
        assertThat(state.find()).as("view state of " + page.uri()).isTrue();
        assertThat(nonce.find()).as("nonce of " + page.uri()).isTrue();
        return new Page(state.group(1), nonce.group(1));
    }

    private static String newPerson(String lastName, String viewState, String nonce) {
        return "person=person&person%3AfirstName=Nonce&person%3AlastName=" + lastName
                + "&person%3Aemail=" + lastName.toLowerCase() + "%40it.concerto.example"
                + "&person%3Alanguage_input=FR&person%3Asave="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(viewState, StandardCharsets.UTF_8)
                + (nonce == null ? "" : "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8));
    }

    /** Whether the directory lists the person of that last name (found by their address: the search box echoes the name). */
    private static boolean listed(WebSession session, String lastName) throws Exception {
        return session.get("directory/people.xhtml?q=" + lastName)
                .body()
                .contains(lastName.toLowerCase() + "@it.concerto.example");
    }

    private static void assertExpired(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what).isEqualTo(200);
        assertThat(answer.uri().getPath()).as(what).endsWith("/errors/expired.xhtml");
        assertThat(answer.body()).as(what).contains("Page expirée");
    }

    @Test
    void aSignedInFormWithoutItsPageNonceWithAWrongOneOrFromAnotherSessionChangesNothing() throws Exception {
        String secretary = Scenario.create("secretariat").get("secretariat");
        WebSession session = new WebSession(base);
        session.login(secretary, Scenario.PASSWORD);
        String other = new WebSession(base).get("account/forgot.xhtml").body();
        Matcher otherNonce = NONCE.matcher(other);
        assertThat(otherNonce.find()).isTrue();

        String[][] posts = {
            {"without a nonce", null},
            {"with a made-up nonce", "bm90LXRoZS1ub25jZQ=="},
            {"with another page's nonce", otherNonce.group(1)}
        };
        for (String[] post : posts) {
            String lastName = "Refus" + UUID.randomUUID().toString().substring(0, 8);
            Page page = read(session.get("directory/person.xhtml"));
            assertExpired(
                    session.post("directory/person.xhtml", newPerson(lastName, page.viewState(), post[1])), post[0]);
            assertThat(listed(session, lastName))
                    .as(post[0] + ": nothing saved")
                    .isFalse();
        }

        // Another session replays this one's form, nonce included: its view state is not theirs.
        Page mine = read(session.get("directory/person.xhtml"));
        WebSession intruder = new WebSession(base);
        intruder.login(Scenario.create("secretariat").get("secretariat"), Scenario.PASSWORD);
        String replayed = "Rejoue" + UUID.randomUUID().toString().substring(0, 8);
        assertExpired(
                intruder.post("directory/person.xhtml", newPerson(replayed, mine.viewState(), mine.nonce())),
                "replayed in another session");
        assertThat(listed(session, replayed)).isFalse();

        String saved = "Garde" + UUID.randomUUID().toString().substring(0, 8);
        Page page = read(session.get("directory/person.xhtml"));
        HttpResponse<String> answer =
                session.post("directory/person.xhtml", newPerson(saved, page.viewState(), page.nonce()));
        assertThat(answer.uri().getPath()).doesNotEndWith("/errors/expired.xhtml");
        assertThat(listed(session, saved))
                .as("with its own nonce the form is saved")
                .isTrue();
    }

    @Test
    void theForgottenPasswordFormWithoutItsNonceAnswersThePageExpiredNotAnError() throws Exception {
        for (String nonce : new String[] {null, "bm90LXRoZS1ub25jZQ=="}) {
            WebSession anonymous = new WebSession(base);
            Page page = read(anonymous.get("account/forgot.xhtml"));
            String form = "forgot=forgot&forgot%3AemailOrLogin=someone%40it.concerto.example&forgot%3Asend="
                    + "&jakarta.faces.ViewState=" + URLEncoder.encode(page.viewState(), StandardCharsets.UTF_8)
                    + (nonce == null ? "" : "&primefaces.nonce=" + URLEncoder.encode(nonce, StandardCharsets.UTF_8));
            assertExpired(anonymous.post("account/forgot.xhtml", form), "nonce " + nonce);

            Page again = read(anonymous.get("account/forgot.xhtml"));
            HttpResponse<String> ajax = anonymous.postPartial(
                    "account/forgot.xhtml",
                    "jakarta.faces.partial.ajax=true&jakarta.faces.source=forgot%3Asend"
                            + "&jakarta.faces.partial.execute=%40all&jakarta.faces.partial.render=forgot&"
                            + form.replace(
                                    URLEncoder.encode(page.viewState(), StandardCharsets.UTF_8),
                                    URLEncoder.encode(again.viewState(), StandardCharsets.UTF_8)));
            assertThat(ajax.statusCode()).as("ajax, nonce " + nonce).isEqualTo(200);
            assertThat(ajax.body()).contains("<redirect url=\"/concerto/errors/expired.xhtml\"");
        }
    }
}
