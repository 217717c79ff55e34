package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The secretariat records an action for the manufacturer in a meeting held yesterday, its follow-up meeting
 * lists it as open; the manufacturer's contact
 * finds it in "My actions", reports it done and adds a PDF as evidence; the secretariat confirms it, and
 * the follow-up no longer lists it.
 */
class ActionJourneyIT extends BrowserJourney {

    @Test
    void anActionGoesFromTheMeetingToItsOwnerAndIsClosedByTheSecretariat() throws Exception {
        Map<String, String> world = Scenario.create("founding");
        String founding = world.get("meeting");
        String followUp = world.get("followUp");
        String thomas = world.get("manufacturerName");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        String what = "Transmettre le bilan des stocks de cathéters "
                + UUID.randomUUID().toString().substring(0, 6);

        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        openMeeting(founding);
        browser.findElement(By.id("newActionForm:newAction")).click();
        WebElement description =
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("actionDialogForm:description")));
        description.sendKeys(what);
        choose("actionDialogForm:owner_input", thomas);
        choose("actionDialogForm:agendaItem_input", "3. Engagements de continuité");
        browser.findElement(By.cssSelector("[id='actionDialogForm:organisationOwned'] .ui-chkbox-box"))
                .click();
        // Typed into the field without opening the calendar, which would cover the save button (Escape would close the
        // dialog).
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]",
                        browser.findElement(By.id("actionDialogForm:due_input")),
                        LocalDate.now(org.concerto.shared.Zones.DEFAULT)
                                .plusDays(10)
                                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        Browser.screenshot(browser, "actions-record-fr");
        browser.findElement(By.id("actionDialogForm:saveAction")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions"), what));
        assertThat(browser.findElement(By.id("actions")).getText())
                .contains(world.get("manufacturerOrganisation") + " – " + thomas);

        openMeeting(followUp);
        assertThat(browser.findElement(By.id("carried-actions")).getText()).contains(what);
        Browser.logOut(browser, base);

        // The manufacturer's contact (who reads Concerto in English) finds it among his actions.
        Browser.logIn(browser, base, world.get("manufacturer"), Scenario.PASSWORD);
        Browser.navigate(browser, browser.findElement(By.id("nav-actions")));
        Browser.screenshot(browser, "actions-mine-en");
        Browser.navigate(browser, wait.until(ExpectedConditions.elementToBeClickable(By.linkText(what))));
        choose("progressForm:status_input", "Done");
        browser.findElement(By.id("progressForm:note")).sendKeys("Bilan envoyé par courrier");
        browser.findElement(By.id("progressForm:report")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#action-status .action-awaiting")));
        Path evidence = Files.createTempFile("bilan-stocks", ".pdf");
        try (PdfDocument pdf = new PdfDocument(new PdfWriter(evidence.toString()))) {
            pdf.addNewPage();
        }
        browser.findElement(By.cssSelector("#evidenceForm input[type=file]"))
                .sendKeys(evidence.toAbsolutePath().toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("evidence-list"), evidence.getFileName().toString()));
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Evidence added", "Status changed", thomas);
        Browser.screenshot(browser, "actions-progress-en");
        Browser.logOut(browser, base);

        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        Browser.navigate(browser, browser.findElement(By.id("nav-actions")));
        browser.findElement(By.id("actions:text")).sendKeys(what);
        WebElement table = browser.findElement(By.id("actions:table"));
        browser.findElement(By.id("actions:apply")).click();
        Browser.waitUntilGone(browser, table);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("actions:table"), "Faite, à confirmer"));
        assertThat(browser.findElements(By.cssSelector("#actions\\:table a.action-link")))
                .hasSize(1);
        Browser.navigate(browser, browser.findElement(By.linkText(what)));
        browser.findElement(By.id("closingForm:confirm")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("action-status"), "Soldée"));
        assertThat(browser.findElement(By.id("history")).getText())
                .contains("Réalisation confirmée", world.get("secretariatName"));
        Browser.screenshot(browser, "actions-confirmed-fr");

        openMeeting(followUp);
        assertThat(browser.findElement(By.id("main")).getText()).doesNotContain(what);
        Browser.screenshot(browser, "actions-follow-up-fr");
    }

    private void openMeeting(String title) {
        Browser.openMeeting(browser, base, title);
    }

    /** Chooses an option of a PrimeFaces select by the start of its text, through its hidden native select. */
    private void choose(String selectId, String textStart) {
        Object found = ((JavascriptExecutor) browser)
                .executeScript(
                        "var s = document.getElementById(arguments[0]);"
                                + "for (var i = 0; i < s.options.length; i++) { if (s.options[i].text.indexOf(arguments[1]) === 0) {"
                                + " s.selectedIndex = i; s.dispatchEvent(new Event('change', {bubbles: true})); return true; } } return false;",
                        selectId,
                        textStart);
        assertThat(found)
                .as("an option of %s starting with %s", selectId, textStart)
                .isEqualTo(Boolean.TRUE);
    }
}
