package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concerto.it.BadFiles;
import org.concerto.it.Scenario;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * On a convened follow-up meeting: a patient representative uploads a statement
 * before the deadline, the secretariat accepts and distributes it and prepares the meeting pack, and
 * another participant downloads the statement and the pack.
 */
class ContributionJourneyIT extends BrowserJourney {

    private Map<String, String> world;

    @Test
    void aPatientRepresentativeContributesTheSecretariatAcceptsAndAnotherParticipantDownloadsItAndThePack()
            throws Exception {
        world = Scenario.create("founding");
        String title = "Attentes des patients " + System.nanoTime();
        Path paper = Files.createTempFile("position-patients", ".pdf");
        Files.write(paper, BadFiles.pdf("Position des patients porteurs"));

        // The patient representative submits before the deadline, with a file and a statement.
        Browser.logIn(browser, base, world.get("patient"), Scenario.PASSWORD);
        openFollowUp();
        assertThat(browser.findElement(By.id("contribution-deadline")).getText())
                .startsWith("Dépôt ouvert jusqu'au");
        Browser.navigate(browser, browser.findElement(By.id("contribute")));
        browser.findElement(By.id("submission:title")).sendKeys(title);
        browser.findElement(By.cssSelector("#submission\\:statement .ql-editor"))
                .sendKeys("Nous demandons un calendrier d'information des patients.");
        // A file over the limit, then six papers within it that together weigh more than the server reads in one
        // request, are taken back before sending, with the reason.
        WebElement fileInput = browser.findElement(By.cssSelector("input[type=file]"));
        WebElement refusal = browser.findElement(By.id("upload-refusal"));
        fileInput.sendKeys(sparse("dossier-lourd", 25).toAbsolutePath().toString());
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(refusal));
        assertThat(refusal.getText()).contains("dépasse 20 Mo");
        assertThat(fileInput.getAttribute("value")).as("no file is kept").isEmpty();
        List<String> papers = new java.util.ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            papers.add(sparse("annexe-" + i + "-", 19).toAbsolutePath().toString());
        }
        fileInput.sendKeys(String.join("\n", papers));
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBePresentInElement(refusal, "pèsent ensemble"));
        assertThat(refusal.getText()).contains("pèsent ensemble 114 Mo", "109 Mo au plus par dépôt");
        assertThat(fileInput.getAttribute("value")).as("no file is kept").isEmpty();
        Browser.screenshot(browser, "contribution-too-heavy");
        fileInput.sendKeys(paper.toAbsolutePath().toString());
        assertThat(refusal.isDisplayed())
                .as("a file within the limits clears the refusal")
                .isFalse();
        browser.findElement(By.cssSelector("#submission\\:noInterests .ui-chkbox-box"))
                .click();
        Browser.screenshot(browser, "contribution-submit");
        // A plain (multipart) post: wait for the meeting page it redirects to, whatever Chrome says of the old page
        // meanwhile.
        browser.findElement(By.id("submission:submit")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.presenceOfElementLocated(By.id("my-contributions")));
        Browser.screenshot(browser, "contribution-submitted");
        WebElement mine = browser.findElement(By.id("my-contributions"));
        assertThat(mine.getText()).contains(title, "En revue");
        scrollTo(mine);
        Browser.screenshot(browser, "contribution-mine");
        Browser.logOut(browser, base);

        // The secretariat accepts it, distributes it with the digest, and prepares the pack.
        Browser.logIn(browser, base, world.get("secretariat"), Scenario.PASSWORD);
        openFollowUp();
        Browser.navigate(browser, browser.findElement(By.id("review-contributions")));
        WebElement article = article(title);
        scrollTo(article);
        Browser.screenshot(browser, "contribution-review-before");
        article.findElement(By.cssSelector("button[id$=':accept']")).click();
        // The accept button redraws the article: a lookup may catch the old one just before it goes.
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> article(title).getText().contains("Acceptée"));
        browser.findElement(By.id("reviewForm:distribute")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("messages"), "diffus"));
        Browser.screenshot(browser, "contribution-review");
        openFollowUp();
        scrollTo(browser.findElement(By.id("packForm")));
        browser.findElement(By.id("packForm:build-pack")).click();
        new WebDriverWait(browser, Duration.ofSeconds(90))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("download-pack")));
        scrollTo(browser.findElement(By.id("contributions")));
        Browser.screenshot(browser, "contribution-pack-ready");
        Browser.logOut(browser, base);

        // Another participant reads it on the meeting page and downloads it and the pack.
        Browser.logIn(browser, base, world.get("professional"), Scenario.PASSWORD);
        openFollowUp();
        WebElement readable = browser.findElement(
                By.xpath("//li[contains(@class,'contribution')][.//strong[normalize-space()='" + title + "']]"));
        scrollTo(readable);
        Browser.screenshot(browser, "contribution-read");
        String fileLink =
                readable.findElement(By.cssSelector("a.contribution-file")).getAttribute("href");
        HttpResponse<byte[]> file = download(fileLink);
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
        assertThat(file.body()).isEqualTo(Files.readAllBytes(paper));

        HttpResponse<byte[]> pack =
                download(browser.findElement(By.id("download-pack")).getAttribute("href"));
        assertThat(pack.statusCode()).isEqualTo(200);
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(pack.body())))) {
            List<String> bookmarks = new ArrayList<>();
            collect(pdf.getOutlines(false), bookmarks);
            assertThat(bookmarks).contains("Couverture", "Ordre du jour", "La réunion dans son ensemble");
            assertThat(bookmarks).anyMatch(mark -> mark.startsWith(title + " – " + world.get("patientName")));
        }
        Path packs = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(packs);
        Files.write(packs.resolve("meeting-pack.pdf"), pack.body());
    }

    private void openFollowUp() {
        Browser.openMeeting(browser, base, world.get("followUp"));
    }

    private WebElement article(String title) {
        return browser.findElement(
                By.xpath("//article[contains(@class,'review-item')][.//span[normalize-space()='" + title + "']]"));
    }

    private void scrollTo(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    }

    /** Downloads with the browser's session, as the link would. */
    private HttpResponse<byte[]> download(String href) throws Exception {
        String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", "JSESSIONID=" + session)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    private static void collect(PdfOutline outline, List<String> titles) {
        for (PdfOutline child : outline.getAllChildren()) {
            titles.add(child.getTitle());
            collect(child, titles);
        }
    }

    /** A file of that many megabytes that takes no room on disk: the browser reads only its size. */
    private static Path sparse(String name, int megabytes) throws java.io.IOException {
        Path file = Files.createTempFile(name, ".pdf");
        try (java.io.RandomAccessFile out = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            out.setLength((long) megabytes * 1024 * 1024);
        }
        return file;
    }
}
