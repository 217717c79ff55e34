package org.concerto.browser;

import java.net.URL;
import org.concerto.it.Deployments;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/** A user journey in a real browser, against the EAR exactly as built (with its demo data). */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
abstract class BrowserJourney {

    protected URL base = Deployments.application();

    protected WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }
}
