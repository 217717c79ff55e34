package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A health professional declares a consultancy for the manufacturer; the secretariat then finds her
 * flagged on a held meeting's items about the manufacturer and recuses her from one; she sees
 * the recusal on the meeting page.
 */
class InterestsJourneyIT extends BrowserJourney {

    private static final String CONTINUITY_ITEM = "Engagements de continuité";
    private Map<String, String> world;
    private String professional;
    private String tag;

    @BeforeEach
    void waiting() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        world = Scenario.create("founding");
        professional = world.get("professionalName");
    }

    @Test
    void aDeclaredTieFlagsTheProfessionalAndTheSecretariatRecusesHer() throws Exception {
        String maker = world.get("manufacturerOrganisation");
        Browser.logIn(browser, base, world.get("professional"), Scenario.PASSWORD);
        browser.findElement(By.id("userForm:userMenu_button")).click();
        Browser.navigate(
                browser,
                new WebDriverWait(browser, Duration.ofSeconds(10))
                        .until(ExpectedConditions.elementToBeClickable(By.id("userForm:myInterests"))));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Mes déclarations d'intérêts");

        Browser.choose(browser, "declarationForm:organisation", maker);
        String description = "Conseil scientifique, pompes implantables " + tag;
        browser.findElement(By.id("declarationForm:description")).sendKeys(description);
        browser.findElement(By.id("declarationForm:startsOn_input")).sendKeys("01/03/2016", Keys.ESCAPE);
        WebElement list = browser.findElement(By.id("declarations"));
        browser.findElement(By.id("declarationForm:saveDeclaration")).click();
        Browser.waitUntilGone(browser, list);
        assertThat(Browser.texts(browser, By.cssSelector("#declaration-list tr.declaration")))
                .anySatisfy(row -> assertThat(row).contains(maker, "Activité de conseil", "depuis le", description));
        Browser.screenshot(browser, "interests-mine-fr");
        Browser.openMeeting(browser, base, world.get("meeting"));
        String meetingPage = browser.getCurrentUrl();
        Browser.logOut(browser, base);

        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        browser.get(meetingPage);
        assertThat(Browser.texts(browser, By.cssSelector("#agenda .tag-conflict")))
                .hasSizeGreaterThanOrEqualTo(2);
        WebElement flag = flagOf(CONTINUITY_ITEM);
        assertThat(flag.getText()).contains(maker, "Activité de conseil");
        assertThat(flagOf("Point de situation").getText()).contains(maker);
        flag.findElement(By.cssSelector("input[type=text]")).clear();
        flag.findElement(By.cssSelector("input[type=text]")).sendKeys("Conseil pour le fabricant " + tag);
        flag.findElement(By.cssSelector("button[title^='Déporter']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> flagOf(CONTINUITY_ITEM).getText().contains("Déporté(e)")
                        && flagOf(CONTINUITY_ITEM).getText().contains("Conseil pour le fabricant " + tag));
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("Décision enregistrée pour " + professional);
        showConflicts();
        Browser.screenshot(browser, "interests-conflicts-secretariat-fr");
        Browser.navigate(browser, browser.findElement(By.id("languageForm:en")));
        assertThat(browser.findElement(By.id("conflicts-title")).getText()).isEqualTo("Conflicts of interest");
        assertThat(flagOf(CONTINUITY_ITEM).getText()).contains("Consultancy", "Recused");
        showConflicts();
        Browser.screenshot(browser, "interests-conflicts-secretariat-en");
        Browser.navigate(browser, browser.findElement(By.id("languageForm:fr")));
        Browser.logOut(browser, base);

        Browser.logIn(browser, base, world.get("professional"), Scenario.PASSWORD);
        browser.get(meetingPage);
        WebElement recusal = flagOf(CONTINUITY_ITEM);
        assertThat(recusal.getText())
                .contains(professional, "Déporté(e)")
                .doesNotContain("Activité de conseil", "Conseil pour le fabricant");
        assertThat(Browser.absent(browser, By.cssSelector("#conflicts button")))
                .as("no decision buttons for participants")
                .isTrue();
        assertThat(browser.findElement(By.xpath("//table[@id='agenda']//tr[contains(., '" + CONTINUITY_ITEM + "')]"))
                        .getText())
                .contains("Déport");
        showConflicts();
        Browser.screenshot(browser, "interests-recusal-professional-fr");
    }

    /** Scrolls the conflicts panel into the screenshot. */
    private void showConflicts() {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView()", browser.findElement(By.id("conflicts")));
    }

    /** The professional's line in the conflicts panel, under the item whose title starts so. */
    private WebElement flagOf(String itemTitle) {
        return browser.findElement(By.xpath("//section[@id='conflicts']//div[@class='conflict-item'][h3[contains(., '"
                + itemTitle + "')]]//li[@data-person='" + professional + "']"));
    }
}
