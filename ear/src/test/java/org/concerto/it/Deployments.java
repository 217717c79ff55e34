package org.concerto.it;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the EAR-level tests ({@code org.concerto.arquillian.OneDeployment} deploys it once
 * for the whole run), made from the build's output, never from a list of classes: the real concerto.ear plus
 * a test WAR holding this module's compiled {@code org.concerto.it} package for the in-container tests. The test WAR sees the EJB module's beans and persistence
 * unit like the real WAR does, uses the same "concerto" security domain, and has no login constraint
 * of its own, so that Arquillian's servlet protocol can reach the tests.
 */
public final class Deployments {

    private static final String TEST_WAR = "concerto-tests.war";

    private Deployments() {}

    /** The address of the application under test, for the tests that run as its clients (HTTP, browser). */
    public static URL application() {
        try {
            int port = 8080 + Integer.parseInt(System.getProperty("it.port.offset", "100"));
            return URI.create("http://127.0.0.1:" + port + "/concerto/").toURL();
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The EAR exactly as built. */
    private static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("concerto.ear")));
    }

    /** The EAR as built, plus the in-container tests and their fixtures in a WAR of their own. */
    public static EnterpriseArchive earWithTests() {
        EnterpriseArchive ear = ear();
        // The whole package as compiled: only this test module has classes in org.concerto.it.
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addPackages(true, Deployments.class.getPackage())
                // The permission matrix is read inside the server too, from the same document as on the client.
                .addClass(org.concerto.http.WebSession.class)
                .addAsResource(securityDocument().toFile(), "security.md")
                .addAsResource("hostile-input.tsv")
                .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class))
                // GreenMail runs inside the test server, where the mail session reaches it on localhost (MailServer).
                .addAsLibrary(jarOf(com.icegreen.greenmail.util.GreenMail.class))
                .addAsWebInfResource(
                        new StringAsset("<jboss-web><security-domain>concerto</security-domain></jboss-web>"),
                        "jboss-web.xml")
                .addAsWebInfResource(
                        new StringAsset(
                                "<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\" version=\"4.0\" bean-discovery-mode=\"annotated\"/>"),
                        "beans.xml")
                // Tests log in through the server's Elytron domain (AsUser): a module only tests need.
                .setManifest(new StringAsset("Manifest-Version: 1.0\nDependencies: org.wildfly.security.elytron\n"));
        ear.addAsModule(Testable.archiveToTest(tests));
        String applicationXml = read(ear, "META-INF/application.xml");
        ear.setApplicationXML(new StringAsset(applicationXml.replace(
                "</application>",
                "<module><web><web-uri>" + TEST_WAR
                        + "</web-uri><context-root>/concerto-tests</context-root></web></module></application>")));
        return ear;
    }

    /** docs/security.md of the project, from the ear module (where Maven runs the tests) or the root. */
    public static Path securityDocument() {
        for (Path candidate : List.of(Path.of("../docs/security.md"), Path.of("docs/security.md"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "docs/security.md not found from " + Path.of("").toAbsolutePath());
    }

    /** The jar a test library was loaded from, as Maven resolved it for this build. */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(EnterpriseArchive ear, String path) {
        try (InputStream in = ear.get(path).getAsset().openStream();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
