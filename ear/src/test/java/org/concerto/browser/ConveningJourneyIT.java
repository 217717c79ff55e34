package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The secretariat reminds the invitees of a convened meeting who have not answered, reads the reminder in the
 * outbox, and the patient representative accepts from the link it carries, without logging in; the secretariat
 * then sees her answer on the meeting page.
 */
class ConveningJourneyIT extends BrowserJourney {

    private static final Pattern ANSWER_LINK = Pattern.compile("invitation/answer\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Test
    void anInviteeAcceptsFromTheLinkOfHerNotice() throws Exception {
        Map<String, String> world = Scenario.create("convening");
        String meeting = world.get("meeting");
        String patientEmail = world.get("patientEmail");
        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        Browser.openMeeting(browser, base, meeting);
        assertThat(browser.findElement(By.id("convening")).getText()).contains("Relancer ceux qui n'ont pas répondu");
        Browser.navigate(browser, browser.findElement(By.id("convening:remind")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("relance(s) dans la boîte d'envoi");

        Browser.navigate(browser, browser.findElement(By.id("nav-outbox")));
        WebElement row = browser.findElements(By.cssSelector("#outbox\\:table tbody tr")).stream()
                .filter(r -> r.getText().contains(patientEmail) && r.getText().contains("Rappel"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reminder to the patient representative in the outbox"));
        row.findElement(By.cssSelector(".ui-row-toggler")).click();
        WebElement body = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("pre.mail-body")));
        Browser.screenshot(browser, "convening-outbox-fr");
        Matcher link = ANSWER_LINK.matcher(body.getText());
        assertThat(link.find()).as("the reminder carries the answer link").isTrue();
        String token = link.group(1);
        Browser.logOut(browser, base);

        browser.get(base + "invitation/answer.xhtml?token=" + token);
        assertThat(browser.findElement(By.id("answer-intro")).getText()).contains(world.get("patientName"));
        Browser.screenshot(browser, "convening-answer-fr");
        Browser.navigate(browser, browser.findElement(By.id("answerForm:accept")));
        assertThat(browser.findElement(By.id("current-answer")).getText()).contains("Accepte");
        Browser.navigate(browser, browser.findElement(By.id("languageForm:en")));
        assertThat(browser.findElement(By.id("current-answer")).getText()).contains("Accepts");
        Browser.screenshot(browser, "convening-answer-en");

        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        Browser.openMeeting(browser, base, meeting);
        assertThat(browser.findElement(By.id("invitees")).getText()).contains(world.get("patientName"));
        assertThat(browser.findElement(By.id("response-counts")).getText()).containsPattern("Accepts: [1-9]");
        Browser.screenshot(browser, "convening-meeting-en");
    }
}
