package org.concerto.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import org.concerto.it.Deployments;
import org.concerto.it.Scenario;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login, the per-meeting rule and the error pages, seen over HTTP as a browser sees them, on the EAR as
 * built, with accounts and meetings of a world of their own (the fixtures' scenarios).
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class WebSecurityIT {

    URL base = Deployments.application();

    @Test
    void theHealthCheckAnswersWithoutLogin() throws Exception {
        HttpResponse<String> health = new WebSession(base).get("api/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"database\":\"UP\"");
    }

    @Test
    void anonymousVisitorsGetTheLoginPageInFrench() throws Exception {
        String meeting = Scenario.create("convening").get("meeting");
        HttpResponse<String> page = new WebSession(base).get("meeting/list.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("j_security_check")
                .contains("Connexion")
                .doesNotContain(meeting);
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() throws Exception {
        WebSession session = new WebSession(base);
        HttpResponse<String> refused =
                session.login(Scenario.create("participant").get("participant"), "not-the-password");
        assertThat(refused.body()).contains("id=\"login-failed\"").contains("Identifiant ou mot de passe incorrect");
        assertThat(session.get("index.xhtml").body()).contains("j_security_check");
    }

    @Test
    void loggingInIssuesANewSessionId() throws Exception {
        Map<String, String> world = Scenario.create("convening");
        WebSession session = new WebSession(base);
        session.get("index.xhtml");
        String before = session.cookie("JSESSIONID");
        session.login(world.get("patient"), Scenario.PASSWORD);
        String after = session.cookie("JSESSIONID");
        assertThat(before).isNotNull();
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(session.get("index.xhtml").body())
                .contains(world.get("patientName"))
                .contains("Mes prochaines réunions");
    }

    @Test
    void aParticipantWhoIsNotInvitedGetsTheAccessRefusedPageWithoutDetails() throws Exception {
        Map<String, String> world = Scenario.create("convening");
        String meeting = world.get("meetingId");

        WebSession stranger = new WebSession(base);
        stranger.login(Scenario.create("participant").get("participant"), Scenario.PASSWORD);
        HttpResponse<String> refused = stranger.get("meeting/view.xhtml?id=" + meeting);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body())
                .contains("Accès refusé")
                .doesNotContain(world.get("meeting"))
                .doesNotContain("AccessDeniedException")
                .doesNotContain("at org.")
                .doesNotContain("WildFly");

        WebSession invitee = new WebSession(base);
        invitee.login(world.get("patient"), Scenario.PASSWORD);
        assertThat(invitee.get("meeting/view.xhtml?id=" + meeting).body()).contains(world.get("meeting"));
    }

    @Test
    void unknownOrMalformedMeetingIdsAreNotFound() throws Exception {
        WebSession session = new WebSession(base);
        session.login(Scenario.create("secretariat").get("secretariat"), Scenario.PASSWORD);
        assertThat(session.get("meeting/view.xhtml?id=999999999").statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = session.get("meeting/view.xhtml?id=abc");
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).contains("Page introuvable");
        assertThat(session.get("no-such-page.xhtml").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormPostedWithAnUnknownViewStateEndsOnTheExpiredPage() throws Exception {
        WebSession session = new WebSession(base);
        session.login(Scenario.create("participant").get("participant"), Scenario.PASSWORD);
        HttpResponse<String> expired = session.post(
                "meeting/list.xhtml",
                "meetings=meetings&meetings%3Atext=x&meetings%3Aapply=meetings%3Aapply&jakarta.faces.ViewState=123%3A456");
        assertThat(expired.uri().getPath()).endsWith("/errors/expired.xhtml");
        assertThat(expired.body()).contains("Page expirée").contains("Rechargez-la");
    }
}
