package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Each demo persona logs in in a real browser and sees exactly their meetings; the secretariat sees
 * them all, in French and in English, and everyone can log out. The one test that uses the demo data:
 * it only reads (the language chosen lasts for the session only), so it passes in any order and again.
 */
class PersonaJourneyIT extends BrowserJourney {

    private static final String PREPARATORY =
            "Réunion préparatoire : arrêt de fabrication de la pompe implantable MiniMed 2007D";
    private static final String FOUNDING =
            "Arrêt de fabrication de la pompe implantable MiniMed 2007D (MIP) : réflexion partagée";
    private static final String PATIENTS = "Échange avec les associations de patients porteurs de pompe implantée";
    private static final String FOLLOW_UP = "Suivi des patients porteurs de la pompe MIP : point d'étape";

    @Test
    void thePatientRepresentativeSeesTheMeetingsSheIsInvitedTo() throws Exception {
        Browser.logIn(browser, base, "patient");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Marie-Thérèse Lambert");
        assertThat(Browser.texts(browser, By.cssSelector("#next-meetings .meeting-card-title")))
                .containsExactly(FOLLOW_UP);
        assertThat(meetingTitles()).containsExactlyInAnyOrder(FOUNDING, PATIENTS, FOLLOW_UP);
        Browser.logOut(browser, base);
    }

    @Test
    void theHealthProfessionalSeesTheMeetingsSheIsInvitedTo() throws Exception {
        Browser.logIn(browser, base, "professional");
        assertThat(meetingTitles()).containsExactlyInAnyOrder(PREPARATORY, FOUNDING, FOLLOW_UP);
        Browser.logOut(browser, base);
    }

    @Test
    void theManufacturerSeesTheMeetingsHeIsInvitedTo() throws Exception {
        Browser.logIn(browser, base, "manufacturer");
        assertThat(meetingTitles()).containsExactlyInAnyOrder(PREPARATORY, FOUNDING, FOLLOW_UP);
        Browser.logOut(browser, base);
    }

    @Test
    void theSecretariatSeesEveryMeetingInFrenchAndInEnglish() throws Exception {
        Browser.logIn(browser, base, "secretariat");
        Browser.screenshot(browser, "secretariat-dashboard-fr");
        // Other tests add meetings of their own, so the demo's may be on a later page: each is searched for.
        for (String title : List.of(PREPARATORY, PATIENTS, FOLLOW_UP, FOUNDING)) {
            browser.get(base + "meeting/list.xhtml?q="
                    + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(Browser.texts(browser, By.cssSelector("a.meeting-link"))).contains(title);
        }
        Browser.screenshot(browser, "secretariat-meetings-fr");

        Browser.navigate(browser, browser.findElement(By.linkText(FOUNDING)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(FOUNDING);
        assertThat(browser.findElement(By.id("illustrative-notice")).getText()).contains("Données de démonstration");
        assertThat(Browser.texts(browser, By.cssSelector("#agenda tbody tr td:nth-child(2)")))
                .first()
                .isEqualTo("14:00 – 14:10");
        assertThat(browser.findElement(By.id("invitees")).getText()).contains("Hélène Lefèvre", "Medtronic France");
        Browser.screenshot(browser, "secretariat-meeting-fr");

        Browser.navigate(browser, browser.findElement(By.id("languageForm:en")));
        assertThat(browser.findElement(By.id("illustrative-notice")).getText()).contains("Demonstration data");
        assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("Published");
        assertThat(browser.findElement(By.id("nav-meetings")).getText()).isEqualTo("Meetings");
        Browser.screenshot(browser, "secretariat-meeting-en");
        Browser.navigate(browser, browser.findElement(By.id("nav-meetings")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Meetings");
        Browser.screenshot(browser, "secretariat-meetings-en");
        Browser.logOut(browser, base);
    }

    private List<String> meetingTitles() {
        Browser.navigate(browser, browser.findElement(By.id("nav-meetings")));
        return Browser.texts(browser, By.cssSelector("a.meeting-link"));
    }
}
