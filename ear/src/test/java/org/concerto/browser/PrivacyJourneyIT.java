package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Personal data: a patient representative finds her data from her menu and downloads it; the secretariat records a
 * newcomer in the directory, then anonymises them after confirming; anyone reads the privacy notice.
 */
class PrivacyJourneyIT extends BrowserJourney {

    @Test
    void thePatientExportsHerDataAndTheSecretariatAnonymisesAPerson() throws Exception {
        Map<String, String> world = Scenario.create("founding");
        String patientLastName =
                world.get("patientName").substring(world.get("patientFirstName").length() + 1);
        Browser.logIn(browser, base, world.get("patient"), Scenario.PASSWORD);
        browser.findElement(By.id("userForm:userMenu_button")).click();
        Browser.navigate(
                browser,
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(ExpectedConditions.elementToBeClickable(By.id("userForm:myData"))));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mes données personnelles");
        assertThat(browser.findElement(By.id("section-identity")).getText())
                .contains(world.get("patientFirstName"), patientLastName);
        assertThat(browser.findElement(By.id("section-invitations")).getText()).contains("réflexion partagée");
        Browser.screenshot(browser, "privacy-mine-fr");

        String json = download(browser.findElement(By.id("export-json")).getAttribute("href"));
        assertThat(json)
                .contains("\"firstName\": \"Marie-Thérèse\"", "\"invitations\"")
                .doesNotContain(lastName(world.get("professionalName")), lastName(world.get("manufacturerName")));
        String pdf = download(browser.findElement(By.id("export-pdf")).getAttribute("href"));
        assertThat(pdf).startsWith("%PDF-");
        Browser.navigate(browser, browser.findElement(By.id("notice-link")));
        assertThat(browser.findElement(By.id("privacy-dpo")).getText()).contains("délégué à la protection des données");
        Browser.logOut(browser, base);

        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        browser.get(base + "directory/person.xhtml");
        browser.findElement(By.id("person:firstName")).sendKeys("Noémie");
        browser.findElement(By.id("person:lastName")).sendKeys("Partante-" + tag);
        browser.findElement(By.id("person:email")).sendKeys("noemie." + tag + "@example.org");
        browser.findElement(By.id("person:jobTitle")).sendKeys("Représentante");
        Browser.navigate(browser, browser.findElement(By.id("person:save")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Noémie Partante-" + tag);
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("personal-data")));
        Browser.screenshot(browser, "privacy-person-fr");

        browser.findElement(By.id("anonymiseForm:anonymise")).click();
        var yes = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")));
        assertThat(browser.findElement(By.cssSelector(".ui-confirm-dialog-message"))
                        .getText())
                .contains("Anonymiser définitivement");
        Browser.screenshot(browser, "privacy-anonymise-confirm-fr");
        Browser.navigate(browser, yes);

        assertThat(browser.findElement(By.id("messages")).getText()).contains("La personne a été anonymisée");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .startsWith("Anonyme #")
                .doesNotContain(tag);
        assertThat(browser.findElement(By.id("person:email")).getAttribute("value"))
                .endsWith("@anonymised.invalid");
        assertThat(browser.findElement(By.id("person:jobTitle")).getAttribute("value"))
                .isEmpty();
        assertThat(browser.findElement(By.id("not-anonymisable")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "privacy-anonymised-fr");

        browser.get(base + "privacy/retention.xhtml");
        assertThat(browser.findElement(By.id("person-years")).getText()).contains("5 an(s)");
        Browser.screenshot(browser, "privacy-retention-fr");
        Browser.logOut(browser, base);

        browser.get(base + "privacy.xhtml");
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .ignoring(WebDriverException.class)
                .until(driver -> driver.findElement(By.id("privacy-notice")).isDisplayed());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Protection des données personnelles");
        assertThat(browser.findElement(By.id("privacy-notice")).getText()).contains("mission d'intérêt public", "CNIL");
        Browser.screenshot(browser, "privacy-notice-fr");
    }

    private static String lastName(String fullName) {
        return fullName.substring(fullName.indexOf(' ') + 1);
    }

    /** Fetches a download with the browser's own session, as text (a PDF's first bytes read as Latin-1 are enough). */
    private String download(String href) {
        return (String) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.arrayBuffer())"
                                + ".then(b => done(new TextDecoder(arguments[0].endsWith('.json') || arguments[0].includes('.json?') ? 'utf-8' : 'latin1').decode(b)))"
                                + ".catch(e => done('failed: ' + e));",
                        href);
    }
}
