package org.concerto.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A browser-like HTTP/1.1 session whose connections leave from a loopback address of its own (127.a.b.c: on Linux
 * the whole of 127.0.0.0/8 is the loopback, and the test server listens on 127.0.0.1), so that what the server counts
 * per client address (failed logins) is this session's alone and never another test's. Keeps its cookies, follows
 * redirects within the application.
 */
final class FromAddress {

    private final URI base;
    private final InetAddress source;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    /** The status, Location, body and path of the last answer after redirects. */
    record Answer(int status, String path, String body) {}

    FromAddress(URL base, InetAddress source) throws Exception {
        this.base = base.toURI();
        this.source = source;
    }

    /** A loopback address no other test uses: 127.x.y.z with random x, y, z (x above 1: 127.0.0.1 is the suite's). */
    static InetAddress freshLoopback() throws IOException {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return InetAddress.getByAddress(new byte[] {
            127, (byte) random.nextInt(2, 255), (byte) random.nextInt(1, 255), (byte) random.nextInt(1, 255)
        });
    }

    String address() {
        return source.getHostAddress();
    }

    Answer get(String path) throws IOException {
        return follow(send("GET", base.resolve(path), null));
    }

    /** Opens a protected page, then posts the login form, as a browser does. */
    Answer login(String login, String password) throws IOException {
        get("index.xhtml");
        return postLogin(login, password);
    }

    /** Posts the login form only (no page opened first). */
    Answer postLogin(String login, String password) throws IOException {
        return follow(send(
                "POST",
                base.resolve("j_security_check"),
                "j_username=" + URLEncoder.encode(login, StandardCharsets.UTF_8) + "&j_password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)));
    }

    private Answer follow(Raw raw) throws IOException {
        URI at = raw.uri;
        for (int hops = 0; raw.status / 100 == 3 && raw.location != null && hops < 10; hops++) {
            at = at.resolve(raw.location);
            raw = send("GET", at, null);
        }
        return new Answer(
                raw.status,
                raw.uri.getRawPath() + (raw.uri.getRawQuery() == null ? "" : "?" + raw.uri.getRawQuery()),
                raw.body);
    }

    private record Raw(URI uri, int status, String location, String body) {}

    private Raw send(String method, URI uri, String form) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(source, 0));
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 10_000);
            socket.setSoTimeout(60_000);
            StringBuilder request = new StringBuilder()
                    .append(method)
                    .append(' ')
                    .append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    .append(" HTTP/1.1\r\nHost: ")
                    .append(uri.getHost())
                    .append(':')
                    .append(uri.getPort())
                    .append("\r\nAccept-Language: fr\r\nConnection: close\r\n");
            if (!cookies.isEmpty()) {
                request.append("Cookie: ");
                cookies.forEach((name, value) ->
                        request.append(name).append('=').append(value).append("; "));
                request.setLength(request.length() - 2);
                request.append("\r\n");
            }
            byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
            if (form != null) {
                request.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(body.length)
                        .append("\r\n");
            }
            request.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(uri, socket.getInputStream());
        }
    }

    private Raw read(URI uri, InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int end = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String head = new String(all, 0, end, StandardCharsets.ISO_8859_1);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String location = null;
        boolean chunked = false;
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            if (name.equals("location")) {
                location = value;
            } else if (name.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
                chunked = true;
            } else if (name.equals("set-cookie")) {
                String pair = value.split(";", 2)[0];
                int equals = pair.indexOf('=');
                cookies.put(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
        byte[] rest = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        byte[] body = chunked ? unchunk(rest) : rest;
        return new Raw(uri, status, location, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] unchunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int at = 0;
        while (at < chunked.length) {
            int lineEnd = indexOf(java.util.Arrays.copyOfRange(chunked, at, chunked.length), new byte[] {'\r', '\n'});
            String size = new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int length = Integer.parseInt(size, 16);
            at += lineEnd + 2;
            if (length == 0) {
                break;
            }
            out.write(chunked, at, length);
            at += length + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("malformed HTTP answer");
    }
}
