package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A written consultation in the browser: the secretariat drafts it with two questions, invites a patient
 * representative by her address and publishes it; she finds it under Consultations, is told what is missing, answers
 * and gets her receipt's fingerprint on the page; the secretariat's dashboard counts her response. The public hub
 * never shows the restricted consultation.
 */
class ConsultationJourneyIT extends BrowserJourney {

    @Test
    void theSecretariatPublishesARestrictedConsultationAndAnInvitedPatientAnswersIt() throws Exception {
        Map<String, String> world = Scenario.create("consultation");
        String title = "Transition MiniMed 2007D " + System.nanoTime();

        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        Browser.navigate(browser, browser.findElement(By.id("nav-consultations")));
        Browser.navigate(browser, browser.findElement(By.id("new-consultation")));
        browser.findElement(By.id("details:title")).sendKeys(title);
        browser.findElement(By.id("details:summary")).sendKeys("Vos besoins pour la transition vers une autre pompe.");
        // Open from this morning (the form proposes tomorrow at nine).
        org.openqa.selenium.WebElement opens = browser.findElement(By.id("details:opens_input"));
        opens.clear();
        opens.sendKeys(java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"))
                        .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + " 00:00");
        Browser.navigate(browser, browser.findElement(By.id("details:save")));
        assertThat(browser.getPageSource()).contains("Consultation créée");

        browser.findElement(By.id("newQuestion:text")).sendKeys("Quelles difficultés prévoyez-vous ?");
        browser.findElement(By.id("newQuestion:required"))
                .findElement(By.cssSelector(".ui-chkbox-box"))
                .click();
        Browser.navigate(browser, browser.findElement(By.id("newQuestion:add")));
        assertThat(browser.findElement(By.id("questions")).getText()).contains("Quelles difficultés prévoyez-vous ?");
        browser.findElement(By.id("newQuestion:text")).sendKeys("Quelle pompe utilisez-vous ?");
        Browser.choose(browser, "newQuestion:kind", "Choix unique");
        browser.findElement(By.id("newQuestion:maxLength")).clear();
        browser.findElement(By.id("newQuestion:options")).sendKeys("MiniMed 2007D\nAutre pompe");
        Browser.navigate(browser, browser.findElement(By.id("newQuestion:add")));
        assertThat(browser.findElement(By.id("questions")).getText())
                .contains("Quelle pompe utilisez-vous ?")
                .contains("MiniMed 2007D");

        browser.findElement(By.id("inviteOne:email")).sendKeys(world.get("participantEmail"));
        Browser.navigate(browser, browser.findElement(By.id("inviteOne:inviteEmail")));
        assertThat(browser.findElement(By.id("invitees")).getText()).contains(world.get("participantName"));
        Browser.navigate(browser, browser.findElement(By.id("publishForm:publish")));
        assertThat(browser.findElement(By.id("submitted-count")).getText()).isEqualTo("0");
        Browser.logOut(browser, base);

        Browser.logIn(browser, base, world.get("participant"), Scenario.PASSWORD);
        Browser.navigate(browser, browser.findElement(By.id("nav-consultations")));
        Browser.navigate(browser, browser.findElement(By.linkText(title)));
        assertThat(browser.findElement(By.id("closing")).getText()).startsWith("Vous pouvez répondre jusqu'au");
        // Saved as a draft with nothing else; then submitted without the required answer: refused with its reason.
        Browser.navigate(browser, browser.findElement(By.id("response:save")));
        assertThat(browser.getPageSource()).contains("Brouillon enregistré");
        Browser.choose(browser, "response:type", "Patient ou association de patients");
        browser.findElement(By.id("response:noInterests"))
                .findElement(By.cssSelector(".ui-chkbox-box"))
                .click();
        browser.findElement(By.cssSelector("[id='response:publication'] label")).click();
        browser.findElement(By.cssSelector("#question-2 label")).click();
        Browser.navigate(browser, browser.findElement(By.id("response:submit")));
        assertThat(browser.getPageSource())
                .contains("La question « Quelles difficultés prévoyez-vous ? » demande une réponse.");
        browser.findElement(By.cssSelector("#question-1 textarea"))
                .sendKeys("Obtenir une autre pompe avant la fin des cartouches.");
        Browser.navigate(browser, browser.findElement(By.id("response:submit")));
        assertThat(browser.findElement(By.id("receipt")).getText())
                .startsWith("Votre réponse a été reçue le")
                .containsPattern("[0-9a-f]{64}");
        Browser.logOut(browser, base);

        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        Browser.navigate(browser, browser.findElement(By.id("nav-consultations")));
        Browser.navigate(browser, browser.findElement(By.linkText(title)));
        assertThat(browser.findElement(By.id("submitted-count")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("responses")).getText()).contains(world.get("participantName"));

        browser.get(base + "public/consultations.xhtml");
        assertThat(browser.getPageSource()).doesNotContain(title);
    }
}
