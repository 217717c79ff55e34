package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The pages that came with contributions, action items, minutes, accounts and personal data, opened in
 * Chromium with PrimeFaces' CSP mode on, as the secretariat, a participant and an anonymous visitor: each
 * page's scripts run (PrimeFaces is there, the page's widgets are built) and the console reports no
 * Content-Security-Policy refusal and no script error.
 */
class ContentSecurityPolicyJourneyIT extends BrowserJourney {

    @Test
    void theSecretariatsNewPagesRunUnderThePolicy() throws Exception {
        Map<String, String> world = Scenario.create("policy");
        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        String founding = world.get("meetingId");
        List<String> pages = new ArrayList<>(List.of(
                "contribution/review.xhtml?meeting=" + founding,
                "meeting/minutes.xhtml?id=" + founding,
                "meeting/history.xhtml?id=" + founding,
                "action/list.xhtml",
                "security/log.xhtml",
                "privacy/retention.xhtml",
                "account/security.xhtml",
                "privacy/mine.xhtml",
                "privacy.xhtml"));
        pages.add("action/view.xhtml?id=" + world.get("actionId"));
        browser.get(base + "meeting/minutes.xhtml?id=" + founding);
        Matcher compare = Pattern.compile("minutes-compare\\.xhtml\\?[^\"]+").matcher(browser.getPageSource());
        if (compare.find()) {
            pages.add("meeting/" + compare.group().replace("&amp;", "&"));
        }
        visitAll(pages, "secretariat");
    }

    @Test
    void aParticipantsNewPagesRunUnderThePolicy() throws Exception {
        Map<String, String> world = Scenario.create("policy");
        Browser.logIn(browser, base, world.get("patient"), Scenario.PASSWORD);
        browser.get(base + "meeting/list.xhtml");
        String list = browser.getPageSource();
        List<String> pages = new ArrayList<>(List.of(
                "meeting/minutes.xhtml?id=" + world.get("meetingId"),
                "action/list.xhtml",
                "privacy/mine.xhtml",
                "account/security.xhtml",
                "interest/mine.xhtml"));
        Matcher meetings = Pattern.compile("view\\.xhtml\\?id=(\\d+)").matcher(list);
        while (meetings.find()) {
            browser.get(base + "meeting/view.xhtml?id=" + meetings.group(1));
            Matcher submit = Pattern.compile("contribution/submit\\.xhtml\\?meeting=\\d+")
                    .matcher(browser.getPageSource());
            if (submit.find()) {
                pages.add(submit.group());
                break;
            }
        }
        assertThat(pages)
                .as("a meeting still takes contributions")
                .anyMatch(page -> page.startsWith("contribution/submit"));
        visitAll(pages, "patient");
    }

    @Test
    void thePublicPagesRunUnderThePolicy() throws Exception {
        visitAll(
                List.of("public/meetings.xhtml", "public/verify.xhtml", "privacy.xhtml", "account/forgot.xhtml"),
                "anonymous");
    }

    private void visitAll(List<String> pages, String who) throws Exception {
        Browser.consoleProblems(browser);
        for (String page : pages) {
            browser.get(base + page);
            assertThat(Browser.absent(browser, By.id("j_username")))
                    .as("%s may open %s", who, page)
                    .isTrue();
            Object primeFaces = ((JavascriptExecutor) browser)
                    .executeScript("return typeof PrimeFaces === 'object' && !!PrimeFaces.widgets;");
            assertThat(primeFaces).as("PrimeFaces runs on %s", page).isEqualTo(Boolean.TRUE);
            Browser.screenshot(browser, "csp-" + who + "-" + page.replaceAll("[^A-Za-z0-9]+", "-"));
            assertThat(Browser.consoleProblems(browser))
                    .as("the console of %s", page)
                    .filteredOn(line -> line.contains("Content Security Policy")
                            || line.contains("Refused to")
                            || line.contains("Uncaught"))
                    .isEmpty();
        }
    }
}
