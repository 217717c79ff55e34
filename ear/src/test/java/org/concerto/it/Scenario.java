package org.concerto.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client side of {@link FixtureServlet}: a test that runs outside the server (a browser journey, an HTTP
 * test) asks for a new world of its own, {@code Scenario.create("convening").get("meeting")}, and never uses
 * the demo data. Accounts have the password {@link Fixtures#PASSWORD}.
 */
public final class Scenario {

    public static final String PASSWORD = Fixtures.PASSWORD;

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Scenario() {}

    /** Builds the scenario in the server and returns what it made (logins, ids, titles, addresses). */
    public static Map<String, String> create(String name) {
        int port = 8080 + Integer.parseInt(System.getProperty("it.port.offset", "100"));
        URI address = URI.create("http://127.0.0.1:" + port + "/concerto-tests/fixtures/" + name);
        try {
            HttpResponse<String> answer = CLIENT.send(
                    HttpRequest.newBuilder(address)
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.noBody())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(
                        "scenario " + name + ": HTTP " + answer.statusCode() + " " + answer.body());
            }
            return parse(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("scenario " + name + " could not be made at " + address, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Reads the servlet's answer: one flat JSON object whose values are all strings. */
    static Map<String, String> parse(String json) {
        Map<String, String> values = new LinkedHashMap<>();
        int[] at = {json.indexOf('{') + 1};
        while (true) {
            skipSpaceAndCommas(json, at);
            if (json.charAt(at[0]) == '}') {
                return values;
            }
            String key = string(json, at);
            skipSpaceAndCommas(json, at);
            at[0]++; // the colon
            skipSpaceAndCommas(json, at);
            values.put(key, string(json, at));
        }
    }

    private static void skipSpaceAndCommas(String json, int[] at) {
        while (Character.isWhitespace(json.charAt(at[0])) || json.charAt(at[0]) == ',') {
            at[0]++;
        }
    }

    private static String string(String json, int[] at) {
        StringBuilder text = new StringBuilder();
        int i = at[0] + 1;
        for (char c = json.charAt(i); c != '"'; c = json.charAt(++i)) {
            if (c == '\\') {
                char escaped = json.charAt(++i);
                if (escaped == 'u') {
                    text.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    text.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
                }
            } else {
                text.append(c);
            }
        }
        at[0] = i + 1;
        return text.toString();
    }
}
