package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On the day (here a meeting held yesterday, whose roll can still be corrected), the
 * secretariat marks one invitee with the keyboard and another by clicking; both are kept after a reload.
 */
class AttendanceJourneyIT extends BrowserJourney {

    @Test
    void theSecretariatTakesTheRollWithTheKeyboardAndTheMouse() throws Exception {
        Map<String, String> world = Scenario.create("founding");
        String founding = world.get("meeting");
        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        Browser.openMeeting(browser, base, founding);
        assertThat(browser.findElement(By.id("attendance-summary")).getText()).contains("Présent");
        String attendancePage = browser.findElement(By.id("attendance-link")).getAttribute("href");
        Browser.navigate(browser, browser.findElement(By.id("attendance-link")));
        Browser.screenshot(browser, "attendance-fr");

        // Keyboard: focus the chosen button of Sophie Girard's row and move to the next one with an arrow key.
        List<WebElement> sophie = radios("Sophie Girard");
        int before = checkedIndex(sophie);
        int expected = (before + 1) % sophie.size();
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", sophie.get(Math.max(before, 0)));
        if (before < 0) {
            expected = 0;
            new Actions(browser).sendKeys(Keys.SPACE).perform();
        } else {
            new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        waitSaved("Sophie Girard");

        // Mouse: Karim Benali was excused.
        row("Karim Benali")
                .findElement(By.xpath(".//label[normalize-space()='Excusé']"))
                .click();
        waitSaved("Karim Benali");
        scrollTo(row("Sophie Girard"));
        Browser.screenshot(browser, "attendance-fr-saved");
        long excused =
                Long.parseLong(browser.findElement(By.id("count-excused")).getText());

        browser.navigate().refresh();
        assertThat(checkedIndex(radios("Sophie Girard"))).isEqualTo(expected);
        assertThat(checkedIndex(radios("Karim Benali"))).isEqualTo(2);
        assertThat(browser.findElement(By.id("count-excused")).getText()).isEqualTo(Long.toString(excused));

        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('attendance-filter').value='karim';"
                        + "document.getElementById('attendance-filter').dispatchEvent(new Event('input'))");
        assertThat(row("Sophie Girard").isDisplayed()).isFalse();
        assertThat(row("Karim Benali").isDisplayed()).isTrue();

        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.navigate().refresh();
        scrollTo(row("Sophie Girard"));
        Browser.screenshot(browser, "attendance-fr-390");
        Browser.navigate(browser, browser.findElement(By.id("languageForm:en")));
        Browser.screenshot(browser, "attendance-en-390");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        Browser.screenshot(browser, "attendance-en");
        Browser.navigate(browser, browser.findElement(By.linkText(founding)));
        scrollTo(browser.findElement(By.id("attendance")));
        Browser.screenshot(browser, "attendance-meeting-en");
        Browser.navigate(browser, browser.findElement(By.id("languageForm:fr")));
        Browser.logOut(browser, base);

        // An invitee sees how many came on the meeting page, but cannot take the roll.
        Browser.logIn(browser, base, world.get("patient"), Scenario.PASSWORD);
        Browser.openMeeting(browser, base, founding);
        assertThat(browser.findElement(By.id("attendance-summary")).getText()).contains("Excusé " + excused);
        assertThat(Browser.absent(browser, By.id("attendance-link"))).isTrue();
        browser.get(attendancePage);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Accès refusé");
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    private WebElement row(String name) {
        return browser.findElement(
                By.xpath("//div[contains(@class,'attendance-row')][.//strong[normalize-space()='" + name + "']]"));
    }

    private List<WebElement> radios(String name) {
        return row(name).findElements(By.cssSelector("input[type=radio]"));
    }

    private static int checkedIndex(List<WebElement> radios) {
        for (int i = 0; i < radios.size(); i++) {
            if (radios.get(i).isSelected()) {
                return i;
            }
        }
        return -1;
    }

    private void waitSaved(String name) {
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfNestedElementLocatedBy(row(name), By.cssSelector(".saved")));
    }
}
