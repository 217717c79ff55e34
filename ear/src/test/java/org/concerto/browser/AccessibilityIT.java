package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page, as each kind of user sees it, checked by axe-core against WCAG 2.1 A and AA and for sideways
 * scrolling at 390 px. A page with a problem fails the test with one line per problem, so that one run lists
 * all that is left to fix.
 */
class AccessibilityIT extends BrowserJourney {

    private Map<String, String> world;

    private final List<String> problems = new ArrayList<>();

    /** Whose pages are checked: names the screenshots. */
    private String persona = "public";

    @BeforeEach
    void world() {
        // The founding case with minutes in review and an open action: every page has something to show.
        world = Scenario.create("policy");
    }

    @Test
    void thePublicPagesAndTheLoginPagesAreAccessible() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("login", "login.xhtml");
        pages.put("forgotten password", "account/forgot.xhtml");
        pages.put("published meetings", "public/meetings.xhtml");
        pages.put("public consultations", "public/consultations.xhtml");
        pages.put("public consultation", "public/consultation.xhtml?id=" + world.get("publicConsultationId"));
        pages.put("verification", "public/verify.xhtml");
        pages.put("privacy notice", "privacy.xhtml");
        pages.put("page not found", "no/such/page.xhtml");
        pages.put("invalid link", "account/password.xhtml?token=not-a-token");
        tour(pages);
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    void everyPageOfTheSecretariatIsAccessible() {
        persona = "secretariat";
        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        String meeting = world.get("meetingId");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "index.xhtml");
        pages.put("meetings", "meeting/list.xhtml");
        pages.put("new meeting", "meeting/edit.xhtml");
        pages.put("meeting", "meeting/view.xhtml?id=" + meeting);
        pages.put("meeting details", "meeting/edit.xhtml?id=" + meeting);
        pages.put("agenda", "meeting/agenda.xhtml?id=" + meeting);
        pages.put("attendance", "meeting/attendance.xhtml?id=" + meeting);
        pages.put("history", "meeting/history.xhtml?id=" + meeting);
        pages.put("minutes", "meeting/minutes.xhtml?id=" + meeting);
        pages.put("follow-up meeting", "meeting/view.xhtml?id=" + world.get("followUpId"));
        pages.put("contributions to review", "contribution/review.xhtml?meeting=" + meeting);
        pages.put("actions", "action/list.xhtml");
        pages.put("consultations", "consultation/list.xhtml");
        pages.put("new consultation", "consultation/edit.xhtml");
        pages.put("consultation", "consultation/edit.xhtml?id=" + world.get("consultationId"));
        pages.put("consultation dashboard", "consultation/view.xhtml?id=" + world.get("consultationId"));
        pages.put("action", "action/view.xhtml?id=" + world.get("actionId"));
        pages.put("people", "directory/people.xhtml");
        pages.put("organisations", "directory/organisations.xhtml");
        pages.put("import", "directory/import.xhtml");
        pages.put("outbox", "mail/outbox.xhtml");
        pages.put("security log", "security/log.xhtml");
        pages.put("retention", "privacy/retention.xhtml");
        pages.put("my account", "account/security.xhtml");
        pages.put("my data", "privacy/mine.xhtml");
        tour(pages);

        browser.get(base + "directory/people.xhtml");
        Browser.navigate(browser, browser.findElement(By.cssSelector("a[href*='directory/person.xhtml']")));
        check("a person");
        browser.get(base + "directory/organisations.xhtml");
        Browser.navigate(browser, browser.findElement(By.cssSelector("a[href*='directory/organisation.xhtml']")));
        check("an organisation");
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    void everyPageOfAParticipantIsAccessible() {
        persona = "participant";
        Browser.logIn(browser, base, world.get("manufacturer"), Scenario.PASSWORD);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("dashboard", "index.xhtml");
        pages.put("meetings", "meeting/list.xhtml");
        pages.put("meeting held", "meeting/view.xhtml?id=" + world.get("meetingId"));
        pages.put("minutes in review", "meeting/minutes.xhtml?id=" + world.get("meetingId"));
        pages.put("consultations", "consultation/list.xhtml");
        pages.put("consultation to answer", "consultation/respond.xhtml?id=" + world.get("consultationId"));
        pages.put("meeting to come", "meeting/view.xhtml?id=" + world.get("followUpId"));
        pages.put("contribution", "contribution/submit.xhtml?meeting=" + world.get("followUpId"));
        pages.put("my actions", "action/list.xhtml");
        pages.put("an action", "action/view.xhtml?id=" + world.get("actionId"));
        pages.put("my interests", "interest/mine.xhtml");
        pages.put("my account", "account/security.xhtml");
        pages.put("my data", "privacy/mine.xhtml");
        pages.put("forbidden page", "directory/people.xhtml");
        tour(pages);
        assertThat(problems).as("accessibility problems").isEmpty();
    }

    @Test
    void aKeyboardUserWritesAStatementAndLeavesTheEditorWithTab() {
        Browser.logIn(browser, base, world.get("manufacturer"), Scenario.PASSWORD);
        browser.get(base + "contribution/submit.xhtml?meeting=" + world.get("followUpId"));
        WebElement area = new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(d -> d.findElement(By.cssSelector(".accessible-editor .ql-editor[role=textbox]")));
        String label = browser.findElement(By.cssSelector(".accessible-editor > label"))
                .getText();
        assertThat(area.getAccessibleName())
                .as("the editor's name")
                .startsWith(label.replace("*", "").trim());
        assertThat(browser.findElements(By.cssSelector(".accessible-editor .ql-toolbar button")))
                .as("every toolbar button has a name")
                .allSatisfy(button -> assertThat(button.getAccessibleName()).isNotBlank());

        area.click();
        area.sendKeys("Position du fabricant");
        area.sendKeys(Keys.TAB);
        assertThat(focusedInEditor()).as("Tab leaves the editor").isFalse();
        assertThat(area.getText()).isEqualTo("Position du fabricant");
        shiftTab();
        assertThat(focusedInEditor()).as("Shift+Tab comes back into the editor").isTrue();
        shiftTab();
        assertThat(focusedInEditor())
                .as("Shift+Tab leaves it towards the toolbar")
                .isFalse();
        assertThat(area.getText()).as("no tab character was typed").doesNotContain("\t");
    }

    private void shiftTab() {
        new Actions(browser)
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
    }

    private boolean focusedInEditor() {
        return (Boolean)
                ((JavascriptExecutor) browser).executeScript("return !!document.activeElement.closest('.ql-editor');");
    }

    private void tour(Map<String, String> pages) {
        pages.forEach((name, path) -> {
            browser.get(base + path);
            check(name);
        });
    }

    /** Checks the page as it is, and keeps a picture of it at both widths in target/screenshots to look at. */
    private void check(String page) {
        problems.addAll(Accessibility.violations(browser, page));
        String name = "accessibility-" + (persona + "-" + page).replaceAll("[^a-z0-9]+", "-");
        try {
            Browser.screenshot(browser, name + "-1280");
            problems.addAll(
                    Accessibility.sidewaysScrolling(browser, page, () -> Browser.screenshot(browser, name + "-390")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
