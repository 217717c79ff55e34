package org.concerto.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.it.MailServer;
import org.concerto.it.Scenario;
import org.concerto.security.Totp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Accounts in the browser, with the mails read from a real SMTP server (GreenMail, on the port the test
 * server sends to): the secretariat invites a person from the directory, the person opens the link of the
 * mail, chooses a password and logs in; repeated failures lock the account; a forgotten password is
 * chosen again through the reset mail. No page's Content-Security-Policy refuses anything on the way.
 */
class AccountJourneyIT extends BrowserJourney {

    private static final Pattern LINK = Pattern.compile("account/password\\.xhtml\\?token=([A-Za-z0-9_-]{43})");
    private static final String PASSWORD = "trois pompes et un cathéter";

    private GreenMail mailServer;

    @BeforeEach
    void startMailServer() {
        mailServer = MailServer.start();
    }

    @AfterEach
    void stopMailServer() {
        mailServer.stop();
    }

    @Test
    void theSecretariatInvitesAPersonWhoChoosesAPasswordFromTheMailAndLogsIn() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = invite("Inès", "Invitée-" + tag, tag);

        String token = tokenOfMail(email, 1);
        browser.get(base + "account/password.xhtml?token=" + token);
        assertThat(browser.findElement(By.id("password-intro")).getText()).contains(email);
        Browser.screenshot(browser, "account-password-fr");
        choose("motdepasse123");
        assertThat(browser.findElement(By.id("messages")).getText()).contains("trop courant");
        choose(PASSWORD);
        assertThat(browser.findElement(By.id("password-chosen")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "account-password-chosen-fr");

        logIn(email, PASSWORD);
        assertThat(browser.findElement(By.id("userForm:userMenu")).getText()).contains("Inès Invitée-" + tag);
        Browser.logOut(browser, base);

        browser.get(base + "account/password.xhtml?token=" + token);
        assertThat(browser.findElement(By.id("link-invalid")).isDisplayed())
                .as("the link works once")
                .isTrue();

        logIn(email, "pas le bon mot de passe");
        assertThat(browser.findElement(By.id("login-failed")).isDisplayed()).isTrue();
        // An account that failures from many addresses locked: even the right password is refused for a while, and
        // the page says how its owner lifts the lock at once.
        logIn(Scenario.create("locked").get("participant"), Scenario.PASSWORD);
        assertThat(browser.findElement(By.id("login-failed")).isDisplayed())
                .as("locked")
                .isTrue();
        assertThat(browser.findElement(By.id("lockout-hint")).getText())
                .contains("bloqué 15 minutes au plus")
                .contains("Mot de passe oublié ?")
                .contains("le débloque aussitôt");
        Browser.screenshot(browser, "account-locked-fr");
        assertThat(Browser.consoleProblems(browser))
                .filteredOn(line -> line.contains("Content Security Policy") || line.contains("Refused to"))
                .isEmpty();
    }

    @Test
    void aPersonWhoForgotTheirPasswordChoosesANewOneFromTheResetMail() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = invite("Rémi", "Oublieux-" + tag, tag);
        browser.get(base + "account/password.xhtml?token=" + tokenOfMail(email, 1));
        choose(PASSWORD);

        browser.findElement(By.id("forgot")).click();
        assertThat(browser.getCurrentUrl()).contains("account/forgot.xhtml");
        browser.findElement(By.id("forgot:emailOrLogin")).sendKeys(email);
        Browser.navigate(browser, browser.findElement(By.id("forgot:send")));
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("Si cette adresse ou cet identifiant correspond à un compte");
        Browser.screenshot(browser, "account-forgot-fr");
        Browser.navigate(browser, browser.findElement(By.id("languageForm:en")));
        Browser.screenshot(browser, "account-forgot-en");

        String token = tokenOfMail(email, 2);
        browser.get(base + "account/password.xhtml?token=" + token);
        assertThat(browser.findElement(By.id("password-intro")).getText())
                .contains("Choose a new password for the account " + email);
        Browser.screenshot(browser, "account-password-reset-en");
        String renewed = "un nouveau mot de passe pour Rémi";
        choose(renewed);
        assertThat(browser.findElement(By.id("password-chosen")).getText()).contains("Your password is saved");

        logIn(email, PASSWORD);
        assertThat(browser.findElements(By.id("login-failed")))
                .as("the old password is gone")
                .isNotEmpty();
        logIn(email, renewed);
        assertThat(browser.findElements(By.id("userForm:userMenu"))).isNotEmpty();
        assertThat(Browser.consoleProblems(browser))
                .filteredOn(line -> line.contains("Content Security Policy") || line.contains("Refused to"))
                .isEmpty();
    }

    @Test
    void turningTheSecondFactorOffTakesACurrentCodeOrThePassword() throws Exception {
        Map<String, String> world = Scenario.create("secondFactor");
        String login = world.get("participant");
        byte[] key = Totp.Base32.decode(world.get("secret"));
        logIn(login, Scenario.PASSWORD);
        assertThat(browser.getCurrentUrl()).contains("account/second-factor.xhtml");
        browser.findElement(By.id("secondFactor:code"))
                .sendKeys(Totp.code(key, new Totp(Clock.systemUTC()).currentStep(), Totp.DIGITS, "HmacSHA1"));
        Browser.navigate(browser, browser.findElement(By.id("secondFactor:verify")));

        browser.get(base + "account/security.xhtml");
        assertThat(browser.findElement(By.id("removal-hint")).getText()).contains("votre mot de passe");
        Browser.navigate(browser, browser.findElement(By.id("manage:remove")));
        assertThat(browser.findElement(By.id("manage:proof_message")).getText())
                .as("nothing typed")
                .isNotBlank();
        browser.findElement(By.id("manage:proof")).sendKeys("pas le bon mot de passe");
        Browser.navigate(browser, browser.findElement(By.id("manage:remove")));
        assertThat(browser.findElement(By.id("messages")).getText())
                .contains("ce n'est ni le code affiché maintenant ni votre mot de passe");
        assertThat(browser.findElement(By.id("second-factor-status")).getText()).contains("est activée");
        Browser.screenshot(browser, "account-second-factor-removal-refused-fr");

        browser.findElement(By.id("manage:proof")).sendKeys(Scenario.PASSWORD);
        Browser.navigate(browser, browser.findElement(By.id("manage:remove")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("désactivée");
        assertThat(browser.findElement(By.id("second-factor-status")).getText()).contains("est désactivée");
    }

    /** The secretariat creates the person in the directory and invites them; returns their address. */
    private String invite(String firstName, String lastName, String tag) throws Exception {
        String email = "ines-" + tag + "@browser.concerto.example";
        Browser.logIn(browser, base, Scenario.create("secretariat").get("secretariat"), Scenario.PASSWORD);
        browser.get(base + "directory/person.xhtml");
        browser.findElement(By.id("person:firstName")).sendKeys(firstName);
        browser.findElement(By.id("person:lastName")).sendKeys(lastName);
        browser.findElement(By.id("person:email")).sendKeys(email);
        Browser.navigate(browser, browser.findElement(By.id("person:save")));
        assertThat(browser.findElement(By.id("account-state")).getText()).isEqualTo("Pas de compte");
        Browser.navigate(browser, browser.findElement(By.id("invite:inviteAccount")));
        assertThat(browser.findElement(By.id("messages")).getText()).contains("Invitation envoyée à " + email);
        assertThat(browser.findElement(By.id("account-state")).getText()).contains("Invitée");
        Browser.screenshot(browser, "account-invited-fr");
        Browser.logOut(browser, base);
        return email;
    }

    private void choose(String password) {
        browser.findElement(By.id("password:newPassword")).sendKeys(password);
        browser.findElement(By.id("password:confirmation")).sendKeys(password);
        Browser.navigate(browser, browser.findElement(By.id("password:save")));
    }

    private void logIn(String login, String password) {
        browser.get(base + "index.xhtml");
        browser.findElement(By.id("j_username")).sendKeys(login);
        browser.findElement(By.id("j_password")).sendKeys(password);
        Browser.navigate(browser, browser.findElement(By.id("login-submit")));
    }

    /** The token of the link in the n-th mail to that address, once the outbox (every 3 s in the test server) delivered it. */
    private String tokenOfMail(String email, int count) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        List<MimeMessage> mails = MailServer.to(mailServer, email);
        while (mails.size() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            mails = MailServer.to(mailServer, email);
        }
        assertThat(mails).as("mails to " + email).hasSize(count);
        Matcher link = LINK.matcher(MailServer.text(mails.get(count - 1)));
        assertThat(link.find()).as("the mail carries the link").isTrue();
        return link.group(1);
    }
}
