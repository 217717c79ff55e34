package org.concerto.browser;

import org.concerto.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each demo persona logs in in a real browser and sees exactly their meetings; the secretariat sees
 * them all, in French and in English, and everyone can log out.
 */
@ExtendWith(ArquillianExtension.class)
class PersonaJourneyIT {

    private static final String PREPARATORY = "Réunion préparatoire : arrêt de fabrication de la pompe implantable MiniMed 2007D";
    private static final String FOUNDING = "Arrêt de fabrication de la pompe implantable MiniMed 2007D (MIP) : réflexion partagée";
    private static final String PATIENTS = "Échange avec les associations de patients porteurs de pompe implantée";
    private static final String FOLLOW_UP = "Suivi des patients porteurs de la pompe MIP : point d'étape";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @ArquillianResource
    URL base;

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void thePatientRepresentativeSeesTheMeetingsSheIsInvitedTo() throws Exception {
        logIn("patient");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Marie-Thérèse Lambert");
        assertThat(texts(By.cssSelector("#next-meetings .meeting-card-title"))).containsExactly(FOLLOW_UP);
        assertThat(meetingTitles()).containsExactlyInAnyOrder(FOUNDING, PATIENTS, FOLLOW_UP);
        logOut();
    }

    @Test
    void theHealthProfessionalSeesTheMeetingsSheIsInvitedTo() throws Exception {
        logIn("professional");
        assertThat(meetingTitles()).containsExactlyInAnyOrder(PREPARATORY, FOUNDING, FOLLOW_UP);
        logOut();
    }

    @Test
    void theManufacturerSeesTheMeetingsHeIsInvitedTo() throws Exception {
        logIn("manufacturer");
        assertThat(meetingTitles()).containsExactlyInAnyOrder(PREPARATORY, FOUNDING, FOLLOW_UP);
        logOut();
    }

    @Test
    void theSecretariatSeesEveryMeetingInFrenchAndInEnglish() throws Exception {
        logIn("secretariat");
        Browser.screenshot(browser, "secretariat-dashboard-fr");
        assertThat(meetingTitles()).contains(PREPARATORY, FOUNDING, PATIENTS, FOLLOW_UP);
        Browser.screenshot(browser, "secretariat-meetings-fr");

        navigate(browser.findElement(By.linkText(FOUNDING)));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(FOUNDING);
        assertThat(browser.findElement(By.id("illustrative-notice")).getText()).contains("Données de démonstration");
        assertThat(texts(By.cssSelector("#agenda tbody tr td:nth-child(2)"))).first().isEqualTo("14:00 – 14:10");
        assertThat(browser.findElement(By.id("invitees")).getText()).contains("Hélène Lefèvre", "Medtronic France");
        Browser.screenshot(browser, "secretariat-meeting-fr");

        navigate(browser.findElement(By.id("languageForm:en")));
        assertThat(browser.findElement(By.id("illustrative-notice")).getText()).contains("Demonstration data");
        assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("Held");
        assertThat(browser.findElement(By.id("nav-meetings")).getText()).isEqualTo("Meetings");
        Browser.screenshot(browser, "secretariat-meeting-en");
        navigate(browser.findElement(By.id("nav-meetings")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Meetings");
        Browser.screenshot(browser, "secretariat-meetings-en");
        logOut();
    }

    private void logIn(String login) {
        browser.get(base + "index.xhtml");
        browser.findElement(By.id("j_username")).sendKeys(login);
        browser.findElement(By.id("j_password")).sendKeys("concerto-demo");
        navigate(browser.findElement(By.id("login-submit")));
        assertThat(browser.findElements(By.id("userForm:userMenu"))).as("logged in as " + login).isNotEmpty();
    }

    private void logOut() {
        browser.findElement(By.id("userForm:userMenu_button")).click();
        // The menu is moved to the end of the page as it opens: wait until its item can be clicked.
        navigate(new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("userForm:logout"))));
        assertThat(browser.findElement(By.id("logged-out")).isDisplayed()).isTrue();
        browser.get(base + "meeting/list.xhtml");
        assertThat(browser.findElements(By.id("j_username"))).as("the session is over").isNotEmpty();
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    private void navigate(WebElement target) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        target.click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(oldPage));
    }

    private List<String> meetingTitles() {
        navigate(browser.findElement(By.id("nav-meetings")));
        return texts(By.cssSelector("a.meeting-link"));
    }

    private List<String> texts(By selector) {
        return browser.findElements(selector).stream().map(WebElement::getText).toList();
    }
}
