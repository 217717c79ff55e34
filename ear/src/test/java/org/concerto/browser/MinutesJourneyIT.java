package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A meeting held with patient associations, whose draft minutes are in review: the secretariat drafts, a
 * patient representative comments, the secretariat resolves and approves, the participant downloads the signed
 * minutes, and the secretariat publishes them for an anonymous visitor.
 */
class MinutesJourneyIT extends BrowserJourney {

    private Map<String, String> world;

    @Test
    void draftCommentResolveApproveDownloadPublish() throws Exception {
        world = Scenario.create("minutes");
        String meeting = world.get("meeting");
        // The secretariat writes the first item.
        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        openMinutes();
        WebElement summary = wait(By.id("editor:summary"));
        summary.clear();
        summary.sendKeys(
                "Les associations relaient les questions des patients : durée des consommables, suivi, interlocuteur en cas de panne.");
        browser.findElement(By.id("editor:saveSection")).click();
        waitText(By.id("messages"), "Point 1 enregistré");
        Browser.screenshot(browser, "minutes-editor-fr");
        Browser.logOut(browser, base);

        // The patient representative reads the draft and comments on the first item.
        Browser.logIn(browser, base, world.get("patient"), Scenario.PASSWORD);
        openMinutes();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("durée des consommables");
        WebElement comment = browser.findElement(By.cssSelector("textarea[id$='commentForm:comment']"));
        comment.sendKeys("Merci d'ajouter la demande d'une ligne téléphonique dédiée.");
        browser.findElement(By.cssSelector("button[id$='commentForm:sendComment']"))
                .click();
        waitText(By.tagName("main"), "Merci d'ajouter la demande");
        Browser.screenshot(browser, "minutes-comment-fr");
        Browser.logOut(browser, base);

        // The secretariat takes the comment into account and approves.
        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        openMinutes();
        assertThat(wait(By.cssSelector(".comment-open")).getText()).contains(world.get("patientName"));
        browser.findElement(
                        By.xpath("//div[contains(@class,'comment-open')]//label[normalize-space()='Pris en compte']"))
                .click();
        browser.findElement(By.cssSelector(".comment-open button[id$='resolve']"))
                .click();
        waitText(By.id("messages"), "Suite donnée enregistrée");
        wait(By.id("lifeCycleForm:approveMinutes")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")))
                .click();
        waitText(By.id("minutes-stage"), "Approuvé");
        Browser.screenshot(browser, "minutes-approved-fr");
        Browser.logOut(browser, base);

        // The participant downloads the approved, signed minutes from the meeting page.
        Browser.logIn(browser, base, world.get("patient"), Scenario.PASSWORD);
        Browser.openMeeting(browser, base, meeting);
        WebElement download = wait(By.id("download-minutes-panel"));
        assertThat(download.getText()).contains("approuvé et signé");
        Map<?, ?> pdf = fetch(download.getAttribute("href"));
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat((String) pdf.get("type")).isEqualTo("application/pdf");
        assertThat((String) pdf.get("head")).startsWith("%PDF-");
        Browser.logOut(browser, base);

        // The secretariat publishes; an anonymous visitor reads the public page and downloads the public version.
        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        openMinutes();
        wait(By.id("lifeCycleForm:publishMinutes")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.id("confirmYes")))
                .click();
        waitText(By.id("minutesState"), "Publié");
        Browser.logOut(browser, base);

        browser.get(base + "public/meetings.xhtml");
        assertThat(Browser.absent(browser, By.id("j_username")))
                .as("no login needed")
                .isTrue();
        // Other tests publish too: this meeting's own section of the page.
        WebElement published = browser.findElement(
                By.xpath("//section[contains(@class,'public-meeting')][h2[normalize-space()=\"" + meeting + "\"]]"));
        assertThat(published.getText()).contains(meeting).contains(world.get("item"));
        Browser.screenshot(browser, "minutes-public-fr");
        Map<?, ?> open =
                fetch(published.findElement(By.cssSelector("a.public-minutes")).getAttribute("href"));
        assertThat(open.get("status")).isEqualTo(200L);
        assertThat((String) open.get("head")).startsWith("%PDF-");
        Browser.navigate(browser, browser.findElement(By.id("verify-link")));
        browser.findElement(By.id("hashForm:hash")).sendKeys("0".repeat(64));
        Browser.navigate(browser, browser.findElement(By.id("hashForm:verifyHash")));
        assertThat(browser.findElement(By.id("verification")).getText()).contains("ne correspond à aucun compte rendu");
        Browser.screenshot(browser, "minutes-verify-fr");
    }

    private void openMinutes() {
        Browser.openMeeting(browser, base, world.get("meeting"));
        Browser.navigate(browser, wait(By.id("minutes-link")));
    }

    private WebElement wait(By selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(selector));
    }

    private void waitText(By selector, String text) {
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.textToBePresentInElementLocated(selector, text));
    }

    /** Downloads in the page (with its session) and returns the status, the type and the first bytes. */
    private Map<?, ?> fetch(String url) {
        return (Map<?, ?>) ((JavascriptExecutor) browser)
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status, "
                                + "type: r.headers.get('Content-Type'), head: String.fromCharCode(...new Uint8Array(b.slice(0, 5)))})))"
                                + ".catch(e => done({status: -1, type: String(e), head: ''}));",
                        url);
    }
}
