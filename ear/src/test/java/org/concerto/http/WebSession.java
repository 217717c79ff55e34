package org.concerto.http;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One browser-like HTTP session: keeps its cookies, follows redirects, logs in through the login form. Public for
 * PermissionMatrixIT, which walks the pages from inside the server.
 */
public final class WebSession {

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebSession(URL base) throws Exception {
        this.base = base.toURI();
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Accept-Language", "fr")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A download, as bytes (a PDF). */
    public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Accept-Language", "fr")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Posts a form (fields already encoded as name=value pairs). */
    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "fr")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form posted as PrimeFaces' ajax does (a partial request). */
    public HttpResponse<String> postPartial(String path, String form) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "fr")
                        .header("Faces-Request", "partial/ajax")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Posts a multipart form (a file upload). */
    public HttpResponse<String> postMultipart(String path, String boundary, byte[] body)
            throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept-Language", "fr")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form post whose answer is a file. */
    public HttpResponse<byte[]> postForBytes(String path, String form) throws IOException, InterruptedException {
        return client.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "fr")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Opens a protected page (as a browser would), then posts the login form. */
    public HttpResponse<String> login(String login, String password) throws IOException, InterruptedException {
        get("index.xhtml");
        return post(
                "j_security_check",
                "j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8));
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }
}
