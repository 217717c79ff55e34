package org.concerto.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import org.concerto.it.Deployments;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Login, the per-meeting rule and the error pages, seen over HTTP as a browser sees them, on the EAR as
 * built (with its demo data).
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
        HttpResponse<String> page = new WebSession(base).get("meeting/list.xhtml");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("j_security_check")
                .contains("Connexion")
                .doesNotContain("Réunion préparatoire");
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessage() throws Exception {
        WebSession session = new WebSession(base);
        HttpResponse<String> refused = session.login("patient", "not-the-password");
        assertThat(refused.body()).contains("id=\"login-failed\"").contains("Identifiant ou mot de passe incorrect");
        assertThat(session.get("index.xhtml").body()).contains("j_security_check");
    }

    @Test
    void loggingInIssuesANewSessionId() throws Exception {
        WebSession session = new WebSession(base);
        session.get("index.xhtml");
        String before = session.cookie("JSESSIONID");
        session.login("patient", "concerto-demo");
        String after = session.cookie("JSESSIONID");
        assertThat(before).isNotNull();
        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(session.get("index.xhtml").body())
                .contains("Marie-Thérèse Lambert")
                .contains("Mes prochaines réunions");
    }

    @Test
    void aParticipantWhoIsNotInvitedGetsTheAccessRefusedPageWithoutDetails() throws Exception {
        long preparatory = meetingIdOf("Réunion préparatoire");

        WebSession patient = new WebSession(base);
        patient.login("patient", "concerto-demo");
        HttpResponse<String> refused = patient.get("meeting/view.xhtml?id=" + preparatory);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body())
                .contains("Accès refusé")
                .doesNotContain("Réunion préparatoire")
                .doesNotContain("AccessDeniedException")
                .doesNotContain("at org.")
                .doesNotContain("WildFly");

        WebSession professional = new WebSession(base);
        professional.login("professional", "concerto-demo");
        assertThat(professional.get("meeting/view.xhtml?id=" + preparatory).body())
                .contains("Réunion préparatoire");
    }

    @Test
    void unknownOrMalformedMeetingIdsAreNotFound() throws Exception {
        WebSession session = new WebSession(base);
        session.login("secretariat", "concerto-demo");
        assertThat(session.get("meeting/view.xhtml?id=999999999").statusCode()).isEqualTo(404);
        HttpResponse<String> malformed = session.get("meeting/view.xhtml?id=abc");
        assertThat(malformed.statusCode()).isEqualTo(404);
        assertThat(malformed.body()).contains("Page introuvable");
        assertThat(session.get("no-such-page.xhtml").statusCode()).isEqualTo(404);
    }

    @Test
    void aFormPostedWithAnUnknownViewStateEndsOnTheExpiredPage() throws Exception {
        WebSession session = new WebSession(base);
        session.login("patient", "concerto-demo");
        HttpResponse<String> expired = session.post(
                "meeting/list.xhtml",
                "meetings=meetings&meetings%3Atext=x&meetings%3Aapply=meetings%3Aapply&jakarta.faces.ViewState=123%3A456");
        assertThat(expired.uri().getPath()).endsWith("/errors/expired.xhtml");
        assertThat(expired.body()).contains("Page expirée").contains("Rechargez-la");
    }

    private long meetingIdOf(String titleStart) throws Exception {
        WebSession secretariat = new WebSession(base);
        secretariat.login("secretariat", "concerto-demo");
        String list = secretariat.get("meeting/list.xhtml").body();
        var matcher = java.util.regex.Pattern.compile("view\\.xhtml\\?id=(\\d+)\"[^>]*>" + titleStart)
                .matcher(list);
        assertThat(matcher.find())
                .as("the secretariat's list shows " + titleStart)
                .isTrue();
        return Long.parseLong(matcher.group(1));
    }
}
