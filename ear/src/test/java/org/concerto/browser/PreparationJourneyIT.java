package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The journey, from the pages in a real browser: the secretariat creates a meeting, builds its
 * agenda, invites two organisations and convenes; an invitee accepts from the link of her notice.
 */
class PreparationJourneyIT extends BrowserJourney {
    private WebDriverWait wait;

    @BeforeEach
    void waiting() {
        // Ajax updates replace the rows being read: a stale row means "look again".
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Test
    void theSecretariatCreatesAMeetingBuildsItsAgendaAndInvitesTwoOrganisations() throws Exception {
        String title = "Comité de suivi " + UUID.randomUUID().toString().substring(0, 6);
        Map<String, String> world = Scenario.create("preparation");
        browser.get(base + "meeting/list.xhtml");
        browser.findElement(By.id("j_username")).sendKeys(world.get("secretariat"));
        browser.findElement(By.id("j_password")).sendKeys(Scenario.PASSWORD);
        Browser.navigate(browser, browser.findElement(By.id("login-submit")));

        Browser.navigate(browser, browser.findElement(By.id("newMeeting")));
        browser.findElement(By.id("meeting:title")).sendKeys(title);
        browser.findElement(By.id("meeting:subject")).sendKeys("Pompe MiniMed 2007D");
        browser.findElement(By.id("meeting:venue")).sendKeys("ANSM, salle du conseil");
        Browser.navigate(browser, browser.findElement(By.id("meeting:save")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Réunion créée");

        inviteOrganisation(world.get("patients"), "Nathalie Roux");
        inviteOrganisation(world.get("doctors"), "Olivier Mercier");
        assertThat(browser.findElement(By.id("invitees")).getText())
                .contains("Karim Benali", "Nathalie Roux", "Camille Faure", "Olivier Mercier");
        Browser.screenshot(browser, "preparation-invitees");

        // Created on its own, the meeting joins the series of an earlier meeting: the actions still open there show up.
        assertThat(Browser.absent(browser, By.id("carried-actions")))
                .as("no series yet")
                .isTrue();
        browser.findElement(By.id("preparationForm:joinSeries")).click();
        WebElement series =
                wait.until(ExpectedConditions.elementToBeClickable(By.id("seriesForm:seriesMeeting_input")));
        series.sendKeys(world.get("seriesMeeting"));
        wait.until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("#seriesForm\\:seriesMeeting_panel li.ui-autocomplete-item")))
                .click();
        browser.findElement(By.id("seriesForm:confirmJoinSeries")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("messages"), "fait désormais partie de la série"));
        String seriesList = wait.until(d -> d.findElement(By.id("series-list")).getText());
        assertThat(seriesList).contains(world.get("seriesMeeting"));
        String carried = wait.until(d -> d.findElement(By.id("carried-actions")).getText());
        assertThat(carried).as("the founding meeting's open actions").contains(world.get("openAction"));
        Browser.screenshot(browser, "preparation-series");

        Browser.navigate(browser, browser.findElement(By.id("preparationForm:agenda")));
        addItem("Ouverture et objectifs", "15");
        addItem("Engagements du fabricant", "45");
        addItem("Questions des patients", "30");
        browser.findElement(By.cssSelector("button[title='Monter : Questions des patients']"))
                .click();
        wait.until(d -> titles().get(1).equals("Questions des patients"));
        List<String> reordered = wait.until(d -> titles());
        assertThat(reordered)
                .containsExactly("Ouverture et objectifs", "Questions des patients", "Engagements du fabricant");
        assertThat(browser.findElement(By.id("agendaForm:items")).getText()).contains("14:15 – 14:45");
        Browser.screenshot(browser, "preparation-agenda");

        Browser.navigate(browser, browser.findElement(By.linkText(title)));
        assertThat(browser.findElement(By.id("agenda")).getText()).contains("Questions des patients", "14:15 – 14:45");

        browser.findElement(By.id("convening:convene")).click();
        Browser.navigate(browser, wait.until(ExpectedConditions.elementToBeClickable(By.id("confirmYes"))));
        assertThat(browser.findElement(By.id("meeting-status")).getText()).isEqualTo("Convoquée");

        String token = answerTokenInTheOutbox(world.get("nathalieEmail"), title);
        Browser.logOut(browser, base);
        browser.get(base + "invitation/answer.xhtml?token=" + token);
        assertThat(browser.findElement(By.id("answer-intro")).getText()).contains("Nathalie Roux");
        assertThat(browser.findElement(By.id("main")).getText()).contains(title);
        Browser.navigate(browser, browser.findElement(By.id("answerForm:accept")));
        assertThat(browser.findElement(By.id("current-answer")).getText()).contains("Accepte");

        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        Browser.openMeeting(browser, base, title);
        assertThat(browser.findElement(By.id("response-counts")).getText()).containsPattern("Accepte\\h*:\\h*1");
        Browser.screenshot(browser, "preparation-convened");
    }

    @Test
    void aTooLongTitleAndAMissingStartAreRefusedBesideTheirFieldsAndWhatWasTypedStays() throws Exception {
        Browser.logIn(browser, base, "secretariat");
        browser.get(base + "meeting/edit.xhtml");
        WebElement title = browser.findElement(By.id("meeting:title"));
        assertThat(title.getAttribute("maxlength"))
                .as("nothing cuts a pasted text")
                .isNull();
        assertThat(title.getAttribute("aria-required")).isEqualTo("true");
        assertThat(title.getAttribute("aria-describedby")).isEqualTo("meeting:title_message");
        assertThat(browser.findElement(By.cssSelector("label[for='meeting:title']"))
                        .getText())
                .contains("Titre")
                .contains("*");
        // As pasted: 100,000 characters where the column takes 200.
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = 'T'.repeat(100000);", title);
        browser.findElement(By.id("meeting:subject")).sendKeys("Pompe MiniMed 2007D");
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = '';", browser.findElement(By.id("meeting:start_input")));

        browser.findElement(By.id("meeting:save")).click();

        String titleMessage = wait.until(d -> {
            String text = spaces(d.findElement(By.id("meeting:title_message")).getText());
            return text.isEmpty() ? null : text;
        });
        assertThat(titleMessage).contains("Titre : 200 caractères au plus (vous en avez saisi 100 000).");
        assertThat(spaces(browser.findElement(By.id("meeting:start_message")).getText()))
                .contains("Début : ce champ est obligatoire.");
        assertThat(spaces(browser.findElement(By.id("messages")).getText())).contains("Titre : 200 caractères au plus");
        assertThat(browser.findElement(By.id("meeting:title")).getAttribute("value"))
                .as("the typed title is still there")
                .hasSize(100_000);
        assertThat(browser.findElement(By.id("meeting:subject")).getAttribute("value"))
                .isEqualTo("Pompe MiniMed 2007D");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .as("nothing was created")
                .isEqualTo("Nouvelle réunion");
        Browser.screenshot(browser, "meeting-form-refused");
    }

    @Test
    void anImpossibleDateTypedOverThePrefilledOneReachesTheServerAsTypedAndIsRefusedBesideItsField() throws Exception {
        Map<String, String> world = Scenario.create("secretariat");
        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        browser.get(base + "meeting/edit.xhtml");
        String title = "Date stricte " + UUID.randomUUID().toString().substring(0, 6);
        browser.findElement(By.id("meeting:title")).sendKeys(title);
        WebElement start = browser.findElement(By.id("meeting:start_input"));
        assertThat(start.getAttribute("value")).as("prefilled").matches("\\d{2}/\\d{2}/\\d{4} 14:00");
        typeOver(start, "31/02/2027 14:00");
        typeOver(browser.findElement(By.id("meeting:end_input")), "31/02/2027 17:00");

        assertThat(browser.findElement(By.id("meeting:start_input")).getAttribute("value"))
                .as("the calendar leaves what was typed")
                .isEqualTo("31/02/2027 14:00");
        browser.findElement(By.id("meeting:save")).click();

        String messages = wait.until(d -> {
            String text = spaces(d.findElement(By.id("messages")).getText());
            return text.isEmpty() ? null : text;
        });
        Browser.screenshot(browser, "meeting-date-refused");
        assertThat(browser.findElement(By.id("meeting:start_message")).getText())
                .as("beside the field")
                .contains("31/02/2027 14:00");
        assertThat(browser.findElement(By.id("meeting:start_input")).getAttribute("value"))
                .as("the field keeps what was typed")
                .isEqualTo("31/02/2027 14:00");
        assertThat(messages)
                .contains("Début : « 31/02/2027 14:00 » n'est pas une date du calendrier ; saisissez-la sous la forme"
                        + " jj/mm/aaaa hh:mm.");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Nouvelle réunion");
    }

    /**
     * Selects what the date field holds and types over it; then its calendar, which stays open while the field has the
     * focus, is closed through its widget so that it covers nothing else.
     */
    private void typeOver(WebElement field, String text) {
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        String widget = field.getAttribute("id").replaceFirst("_input$", "");
        ((JavascriptExecutor) browser).executeScript("PrimeFaces.getWidgetById(arguments[0]).hide();", widget);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(widget + "_panel")));
    }

    /** French groups digits and spaces colons with no-break spaces; the test reads them as spaces. */
    private static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** Opens the notice sent to the invitee in the outbox and reads the token of its answer link. */
    private String answerTokenInTheOutbox(String email, String title) {
        Browser.navigate(browser, browser.findElement(By.id("nav-outbox")));
        WebElement row = wait.until(d -> d.findElements(By.cssSelector("#outbox\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains(email) && r.getText().contains(title))
                .findFirst()
                .orElse(null));
        row.findElement(By.cssSelector(".ui-row-toggler")).click();
        WebElement body = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("pre.mail-body")));
        Matcher link = Pattern.compile("invitation/answer\\.xhtml\\?token=([A-Za-z0-9_-]+)")
                .matcher(body.getText());
        assertThat(link.find()).as("the notice carries the answer link").isTrue();
        return link.group(1);
    }

    private void inviteOrganisation(String organisation, String expectedDelegate) {
        new Select(browser.findElement(By.id("inviteOrganisationForm:organisation"))).selectByVisibleText(organisation);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("inviteOrganisationForm:delegates"), expectedDelegate));
        browser.findElement(By.id("inviteOrganisationForm:inviteDelegates")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitees"), expectedDelegate));
    }

    private void addItem(String title, String minutes) {
        int before = titles().size();
        browser.findElement(By.id("agendaForm:addItem")).click();
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("itemForm:title")));
        field.sendKeys(title);
        WebElement duration = browser.findElement(By.id("itemForm:minutes"));
        duration.sendKeys(Keys.chord(Keys.CONTROL, "a"), minutes);
        browser.findElement(By.id("itemForm:saveItem")).click();
        wait.until(d -> titles().size() == before + 1);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("itemDialog")));
    }

    private List<String> titles() {
        return browser.findElements(By.cssSelector("#agendaForm\\:items .agenda-item-title")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
