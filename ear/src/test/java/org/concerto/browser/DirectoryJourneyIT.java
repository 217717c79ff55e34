package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The secretariat keeps the directory from the pages: creates an organisation and a person in it, finds
 * them again by searching, and imports a spreadsheet whose bad line is shown with its reason and left out.
 */
class DirectoryJourneyIT extends BrowserJourney {
    private String tag;

    @BeforeEach
    void waiting() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theSecretariatCreatesFindsAndImportsPeople() throws Exception {
        Browser.logIn(browser, base, Scenario.create("secretariat").get("secretariat"), Scenario.PASSWORD);
        Browser.navigate(browser, browser.findElement(By.id("nav-directory")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Annuaire : personnes");

        String organisation = "Association des porteurs " + tag;
        Browser.navigate(browser, browser.findElement(By.id("tab-organisations")));
        Browser.navigate(browser, browser.findElement(By.id("new-organisation")));
        browser.findElement(By.id("organisation:name")).sendKeys(organisation);
        browser.findElement(By.id("organisation:acronym")).sendKeys("APP" + tag);
        Browser.choose(browser, "organisation:category", "Association de patients");
        Browser.navigate(browser, browser.findElement(By.id("organisation:save")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Enregistré");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(organisation);

        Browser.navigate(browser, browser.findElement(By.id("tab-people")));
        Browser.navigate(browser, browser.findElement(By.id("new-person")));
        browser.findElement(By.id("person:firstName")).sendKeys("Gaëlle");
        browser.findElement(By.id("person:lastName")).sendKeys("Pérez-" + tag);
        browser.findElement(By.id("person:email")).sendKeys("gaelle.perez-" + tag + "@browser.concerto.example");
        browser.findElement(By.id("person:jobTitle")).sendKeys("Trésorière");
        browser.findElement(By.id("person:organisation")).click();
        browser.findElement(By.id("person:organisation_filter")).sendKeys(tag);
        Browser.choose(browser, "person:organisation", organisation + " (APP" + tag + ")");
        Browser.screenshot(browser, "directory-person-form-fr");
        Browser.navigate(browser, browser.findElement(By.id("person:save")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Enregistré");

        Browser.navigate(browser, browser.findElement(By.id("tab-people")));
        search("people", "gaëlle pérez-" + tag);
        assertThat(Browser.texts(browser, By.cssSelector("[id='people:table'] tbody tr")))
                .singleElement()
                .asString()
                .contains("Pérez-" + tag, "Gaëlle", "Trésorière", organisation, "Association de patients");
        Browser.screenshot(browser, "directory-people-fr");

        Browser.navigate(browser, browser.findElement(By.id("tab-organisations")));
        search("organisations", "APP" + tag);
        assertThat(Browser.texts(browser, By.cssSelector("a.organisation-link")))
                .containsExactly(organisation);

        Path csv = Files.createTempFile("directory-import", ".csv");
        Files.write(
                csv,
                ("Prénom;Nom;E-mail;Organisation;Fonction\r\n"
                                + "Noémie;Importée-" + tag + ";noemie-" + tag + "@browser.concerto.example;APP" + tag
                                + ";\"Secrétaire; bénévole\"\r\n"
                                + "Luc;Sans-Adresse-" + tag + ";luc-sans-arobase;;\r\n")
                        .getBytes(Charset.forName("windows-1252")));
        Browser.navigate(browser, browser.findElement(By.id("tab-import")));
        browser.findElement(By.cssSelector("input[type=file]"))
                .sendKeys(csv.toAbsolutePath().toString());
        Browser.navigate(browser, browser.findElement(By.id("upload:preview")));
        assertThat(browser.findElement(By.id("import-summary")).getText())
                .contains("1 ligne(s) à importer, 1 ligne(s) écartée(s)");
        assertThat(Browser.texts(browser, By.cssSelector("[id='confirm:refused'] tbody tr")))
                .singleElement()
                .asString()
                .contains("3", "« luc-sans-arobase » n'est pas une adresse électronique valide.");
        assertThat(Browser.texts(browser, By.cssSelector("[id='confirm:accepted'] tbody tr")))
                .singleElement()
                .asString()
                .contains("Importée-" + tag, "Noémie", organisation, "Secrétaire; bénévole");
        Browser.screenshot(browser, "directory-import-preview-fr");
        Browser.navigate(browser, browser.findElement(By.id("confirm:import")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("1 personne(s) importée(s).");

        Browser.navigate(browser, browser.findElement(By.id("tab-people")));
        search("people", tag);
        assertThat(Browser.texts(browser, By.cssSelector("a.person-link")))
                .containsExactlyInAnyOrder("Importée-" + tag + " Noémie", "Pérez-" + tag + " Gaëlle");

        Browser.navigate(browser, browser.findElement(By.id("languageForm:en")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Directory: people");
        Browser.screenshot(browser, "directory-people-en");
        Files.delete(csv);
    }

    @Test
    void aParticipantHasNoDirectory() {
        Browser.logIn(browser, base, Scenario.create("participant").get("participant"), Scenario.PASSWORD);
        assertThat(Browser.absent(browser, By.id("nav-directory"))).isTrue();
        browser.get(base + "directory/people.xhtml");
        assertThat(browser.findElements(By.id("error-403"))).as("the 403 page").isNotEmpty();
    }

    /** Types in the list's search field and waits for the table to be redrawn by the ajax search. */
    private void search(String form, String text) {
        WebElement table = browser.findElement(By.cssSelector("[id='" + form + ":table'] tbody"));
        browser.findElement(By.id(form + ":text")).sendKeys(text);
        browser.findElement(By.id(form + ":apply")).click();
        Browser.waitUntilGone(browser, table);
    }
}
