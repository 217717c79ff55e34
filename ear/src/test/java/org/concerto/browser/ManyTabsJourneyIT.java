package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;

/**
 * The secretariat opens one meeting in more tabs than a session keeps views (Mojarra keeps 15 views and 25 view
 * scopes per session), then acts in the first tab: its view is gone, so the page says it expired and asks to
 * reload, never the error page; reloaded, the same button works.
 */
class ManyTabsJourneyIT extends BrowserJourney {

    private static final int TABS = 30;

    @Test
    void actingInATabWhoseViewIsGoneSaysThePageExpiredAndChangesNothing() throws Exception {
        Map<String, String> world = Scenario.create("convening");
        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        Browser.openMeeting(browser, base, world.get("meeting"));
        String first = browser.getWindowHandle();
        String meetingPage = browser.getCurrentUrl();

        // Many tabs opened at once (as a browser restoring its session does): simultaneous requests of the session.
        Object statuses = ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeAsyncScript(
                        "var done = arguments[arguments.length - 1];"
                                + "Promise.all(Array.from({length: arguments[1]}, () => fetch(arguments[0], {credentials: 'same-origin'})"
                                + ".then(r => r.status))).then(done, e => done(String(e)));",
                        meetingPage,
                        TABS);
        assertThat(statuses.toString()).doesNotContain("500");
        for (int i = 0; i < 3; i++) {
            browser.switchTo().newWindow(WindowType.TAB);
            browser.get(meetingPage);
        }
        browser.switchTo().window(first);
        Browser.navigate(browser, browser.findElement(By.id("convening:remind")));

        Browser.screenshot(browser, "many-tabs-expired-fr");
        assertThat(browser.findElements(By.id("error-expired")))
                .as("the page-expired message, not the error page: %s", browser.getPageSource())
                .isNotEmpty();
        assertThat(browser.findElement(By.id("error-expired")).getText()).contains("La page a expiré");

        browser.get(meetingPage);
        Browser.navigate(browser, browser.findElement(By.id("convening:remind")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("relance(s) dans la boîte d'envoi");
    }
}
