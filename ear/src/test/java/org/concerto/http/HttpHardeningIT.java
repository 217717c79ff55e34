package org.concerto.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.concerto.it.Deployments;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * HTTP hardening as a browser meets it: the security headers on pages and downloads, the session cookie,
 * HSTS only over HTTPS, nothing served outside /concerto, a form posted without a valid view state
 * changing nothing, and the forgotten-password form saying the same for any address.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class HttpHardeningIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    URL base = Deployments.application();

    private static void assertPageHeaders(HttpHeaders headers) {
        List<String> policies = headers.allValues("Content-Security-Policy");
        assertThat(policies).as("PrimeFaces' CSP mode writes the policy").hasSize(1);
        assertThat(policies.get(0))
                .contains("script-src 'self' 'nonce-")
                .contains("frame-ancestors 'none'")
                .contains("object-src 'none'")
                .contains("base-uri 'self'")
                .contains("form-action 'self'")
                .doesNotContain("unsafe-eval");
        assertThat(policies.get(0).replace("style-src 'self' 'unsafe-inline'", ""))
                .doesNotContain("unsafe-inline");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(headers.firstValue("X-Powered-By")).isEmpty();
        assertThat(headers.firstValue("Server")).isEmpty();
    }

    @Test
    void pagesCarryTheSecurityHeadersAndNoHstsOverPlainHttp() throws Exception {
        WebSession session = new WebSession(base);
        HttpResponse<String> login = session.get("login.xhtml");
        assertPageHeaders(login.headers());
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        String nonce = login.headers()
                .firstValue("Content-Security-Policy")
                .orElseThrow()
                .replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(login.body())
                .as("every inline script carries the page's nonce")
                .doesNotContainPattern("<script(?![^>]*nonce=\"" + Pattern.quote(nonce) + "\")[^>]*>[^<]")
                .doesNotContainPattern(" on(click|change|load|submit)=");

        session.login("secretariat", "concerto-demo");
        HttpResponse<String> dashboard = session.get("index.xhtml");
        assertPageHeaders(dashboard.headers());
        assertThat(dashboard.body()).doesNotContainPattern(" on(click|change|load|submit|keydown)=\"");
        assertPageHeaders(session.get("directory/people.xhtml").headers());
    }

    @Test
    void singleSignOnIsOffByDefaultAndTheLoginPageIsConcertos() throws Exception {
        HttpResponse<String> page = new WebSession(base).get("index.xhtml");
        assertThat(page.uri().getHost()).isEqualTo(base.getHost());
        assertThat(page.body())
                .contains("j_security_check")
                .contains("id=\"forgot\"")
                .doesNotContain("openid");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSite() throws Exception {
        HttpResponse<String> login = new WebSession(base).get("index.xhtml");
        String cookie = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        assertThat(cookie)
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .as("not Secure over plain HTTP")
                .doesNotContainIgnoringCase("secure");
    }

    @Test
    void overHttpsTheCookieIsSecureAndHstsIsSent() throws Exception {
        int offset = Integer.parseInt(System.getProperty("it.port.offset", "100"));
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(
                null,
                new TrustManager[] {
                    new X509TrustManager() {
                        @Override
                        public void checkClientTrusted(X509Certificate[] chain, String authType) {
                            // the test server's self-signed certificate
                        }

                        @Override
                        public void checkServerTrusted(X509Certificate[] chain, String authType) {
                            // the test server's self-signed certificate
                        }

                        @Override
                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }
                },
                new SecureRandom());
        HttpClient client = HttpClient.newBuilder().sslContext(trustAll).build();
        HttpResponse<String> page = client.send(
                HttpRequest.newBuilder(URI.create("https://localhost:" + (8443 + offset) + "/concerto/login.xhtml"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("max-age=31536000"));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith("JSESSIONID=")
                .containsIgnoringCase("; secure")
                .contains("HttpOnly"));
    }

    @Test
    void downloadsCarryAStrictPolicyAndAreNotSniffed() throws Exception {
        WebSession secretariat = new WebSession(base);
        secretariat.login("secretariat", "concerto-demo");
        Matcher meeting = Pattern.compile("view\\.xhtml\\?id=(\\d+)")
                .matcher(secretariat.get("meeting/list.xhtml").body());
        assertThat(meeting.find()).isTrue();
        HttpResponse<byte[]> pdf = secretariat.getBytes("documents/meetings/" + meeting.group(1) + "/agenda.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Security-Policy"))
                .hasValue("default-src 'none'; frame-ancestors 'none'; sandbox");
        assertThat(pdf.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(pdf.headers().firstValue("X-Frame-Options")).hasValue("DENY");

        HttpResponse<byte[]> unknown = secretariat.getBytes("documents/meetings/999999999/agenda.pdf");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("X-Frame-Options"))
                .as("the error page too")
                .hasValue("DENY");
        assertThat(unknown.headers().allValues("Content-Security-Policy"))
                .isNotEmpty()
                .allSatisfy(policy ->
                        assertThat(policy).contains("frame-ancestors 'none'").doesNotContain("sandbox"));
    }

    @Test
    void nothingIsServedOutsideConcertoAndNoErrorNamesTheServer() throws Exception {
        WebSession session = new WebSession(base);
        for (String path : List.of("/", "/no-such-thing", "/concerto/no-such-page.xhtml", "/concerto/documents/x")) {
            HttpResponse<String> answer = session.get(base.toURI().resolve(path).toString());
            assertThat(answer.statusCode()).as(path).isIn(404, 200);
            assertThat(answer.body())
                    .as(path)
                    .doesNotContainIgnoringCase("wildfly")
                    .doesNotContainIgnoringCase("undertow")
                    .doesNotContain("39.0")
                    .doesNotContainPattern("[A-Za-z]Exception: |\\sat [a-z]+\\.[a-z]+\\.");
        }
        assertThat(session.get(base.toURI().resolve("/").toString()).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aFormPostedWithoutAValidViewStateChangesNothing() throws Exception {
        WebSession secretariat = new WebSession(base);
        secretariat.login("secretariat", "concerto-demo");
        Matcher person = Pattern.compile("person\\.xhtml\\?id=(\\d+)")
                .matcher(secretariat.get("directory/people.xhtml").body());
        assertThat(person.find()).isTrue();
        String page = "directory/person.xhtml?id=" + person.group(1);
        String before = secretariat.get(page).body();

        HttpResponse<String> refused = secretariat.post(
                page,
                "person=person&person%3AfirstName=Pirate&person%3AlastName=Pirate"
                        + "&person%3Aemail=pirate%40example.org&person%3Alanguage=FR&person%3Asave=&jakarta.faces.ViewState="
                        + URLEncoder.encode("-1:-1", StandardCharsets.UTF_8));

        assertThat(refused.uri().getPath()).endsWith("/errors/expired.xhtml");
        assertThat(refused.body()).contains("Page expirée");
        String after = secretariat.get(page).body();
        assertThat(after).doesNotContain("Pirate");
        assertThat(before).doesNotContain("Pirate");
    }

    @Test
    void theForgottenPasswordFormSaysTheSameForAKnownAndAnUnknownAddress() throws Exception {
        String known = forgot("secretariat");
        String unknown = forgot("someone-else@it.concerto.example");
        assertThat(known).contains("Si cette adresse ou cet identifiant correspond à un compte");
        assertThat(unknown).isEqualTo(known);
    }

    private String forgot(String address) throws Exception {
        WebSession anonymous = new WebSession(base);
        String form = anonymous.get("account/forgot.xhtml").body();
        Matcher state = VIEW_STATE.matcher(form);
        assertThat(state.find()).isTrue();
        // PrimeFaces' CSP mode refuses a post without the page's nonce (the browser's script adds it to every form).
        Matcher nonce =
                Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(form);
        assertThat(nonce.find()).isTrue();
        String answer = anonymous
                .post(
                        "account/forgot.xhtml",
                        "forgot=forgot&forgot%3AemailOrLogin=" + URLEncoder.encode(address, StandardCharsets.UTF_8)
                                + "&forgot%3Asend=&jakarta.faces.ViewState="
                                + URLEncoder.encode(state.group(1), StandardCharsets.UTF_8)
                                + "&primefaces.nonce=" + URLEncoder.encode(nonce.group(1), StandardCharsets.UTF_8))
                .body();
        // What the reader sees: the page without its scripts (their order and PrimeFaces' generated ids vary) and view
        // state.
        return answer.replaceAll("(?s)<script.*?</script>", "")
                .replaceAll("value=\"[^\"]*:[^\"]*\"", "")
                .replaceAll("a(\\\\?-[0-9a-f]+){5}", "");
    }
}
