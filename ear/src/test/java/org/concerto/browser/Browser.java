package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Debian's chromedriver: both passed explicitly, so that nothing
 * is downloaded. A missing browser fails the test, it never skips it.
 */
final class Browser {

    private static final Duration IMPLICIT_WAIT = Duration.ofSeconds(5);

    private Browser() {}

    static WebDriver start() throws IOException {
        File chromium = new File(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        File chromedriver = new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        if (!chromium.canExecute() || !chromedriver.canExecute()) {
            throw new IllegalStateException("Browser tests need " + chromium + " and " + chromedriver
                    + " (Debian packages chromium and chromium-driver; scripts/ensure-test-packages.sh installs them)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--window-size=1280,900",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=fr",
                "--user-data-dir=" + Files.createTempDirectory("concerto-chromium"));
        // Accounts and hardening: the console is kept, so that journeys can check that the CSP refused nothing.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        return driver;
    }

    /** Logs in through the login page as a demo persona (password concerto-demo): for the demo's smoke test only. */
    static void logIn(WebDriver browser, URL base, String login) {
        logIn(browser, base, login, "concerto-demo");
    }

    /** Logs in through the login page, as an account of the journey's own scenario ({@code Scenario.PASSWORD}). */
    static void logIn(WebDriver browser, URL base, String login, String password) {
        browser.get(base + "index.xhtml");
        browser.findElement(By.id("j_username")).sendKeys(login);
        browser.findElement(By.id("j_password")).sendKeys(password);
        navigate(browser, browser.findElement(By.id("login-submit")));
        assertThat(browser.findElements(By.id("userForm:userMenu")))
                .as("logged in as " + login)
                .isNotEmpty();
    }

    /** Logs out from the user menu; the session is over afterwards. */
    static void logOut(WebDriver browser, URL base) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        // The menu is moved to the end of the page as it opens, and a click during its animation may land
        // nowhere: open it, click its item once it shows, and start again if the page stays.
        new WebDriverWait(browser, Duration.ofSeconds(45))
                .ignoring(WebDriverException.class)
                .until(driver -> {
                    WebElement item = driver.findElement(By.id("userForm:logout"));
                    if (!item.isDisplayed()) {
                        driver.findElement(By.id("userForm:userMenu_button")).click();
                        new WebDriverWait(driver, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(item));
                    }
                    item.click();
                    return gone(oldPage, Duration.ofSeconds(10));
                });
        assertThat(browser.findElement(By.id("logged-out")).isDisplayed()).isTrue();
        browser.get(base + "meeting/list.xhtml");
        assertThat(browser.findElements(By.id("j_username")))
                .as("the session is over")
                .isNotEmpty();
    }

    /**
     * Opens a meeting from the meeting list as a user would when the list is long: the menu, then the list's
     * bookmarkable search for the meeting's (unique) title, then its link.
     */
    static void openMeeting(WebDriver browser, URL base, String title) {
        navigate(browser, browser.findElement(By.id("nav-meetings")));
        browser.get(base + "meeting/list.xhtml?q="
                + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        navigate(browser, browser.findElement(By.linkText(title)));
    }

    /** Clicks something that loads a new page, and waits until the old page is gone. */
    static void navigate(WebDriver browser, WebElement target) {
        WebElement oldPage = browser.findElement(By.tagName("html"));
        target.click();
        waitUntilGone(browser, oldPage);
    }

    /**
     * Waits until a page is replaced. Under load Chrome may answer for the old page "node does not belong to
     * the document" instead of "stale element": both mean the old page is gone.
     */
    static void waitUntilGone(WebDriver browser, WebElement oldPage) {
        if (!gone(oldPage, Duration.ofSeconds(30))) {
            throw new org.openqa.selenium.TimeoutException("the page was not replaced within 30 s");
        }
    }

    private static boolean gone(WebElement oldPage, Duration patience) {
        java.time.Instant deadline = java.time.Instant.now().plus(patience);
        while (java.time.Instant.now().isBefore(deadline)) {
            try {
                oldPage.isEnabled();
            } catch (WebDriverException gone) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /**
     * Whether nothing on the loaded page matches: asked without the implicit wait, which would otherwise
     * spend its five seconds looking for what is rightly not there.
     */
    static boolean absent(WebDriver browser, By selector) {
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        try {
            return browser.findElements(selector).isEmpty();
        } finally {
            browser.manage().timeouts().implicitlyWait(IMPLICIT_WAIT);
        }
    }

    static List<String> texts(WebDriver browser, By selector) {
        return browser.findElements(selector).stream().map(WebElement::getText).toList();
    }

    /** What the browser's console said since it was last read: errors and warnings, CSP refusals among them. */
    static List<String> consoleProblems(WebDriver browser) {
        return browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                .map(entry -> entry.getLevel() + " " + entry.getMessage())
                .toList();
    }

    /** Keeps a picture of the page in target/screenshots, to look at what the test saw. */
    static void screenshot(WebDriver driver, String name) throws IOException {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(dir);
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Picks an option of a PrimeFaces select menu, opening it when needed, until the value that the form
     * will post (the hidden select's) is that option and the panel is closed. The visible label is not
     * proof: with a filter it already shows the highlighted option before anything is picked.
     */
    static void choose(WebDriver browser, String menuId, String label) {
        By option = By.cssSelector("[id='" + menuId + "_panel'] li[data-label=\"" + label + "\"]");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(driver -> {
                    boolean open = driver.findElement(By.id(menuId + "_panel")).isDisplayed();
                    Object posted = ((JavascriptExecutor) driver)
                            .executeScript(
                                    "var s = document.getElementById(arguments[0]); return s.selectedIndex < 0 ? null : s.options[s.selectedIndex].text;",
                                    menuId + "_input");
                    if (label.equals(posted) && !open) {
                        return true;
                    }
                    if (open) {
                        driver.findElement(option).click();
                    } else {
                        driver.findElement(By.id(menuId)).click();
                    }
                    return false;
                });
    }
}
