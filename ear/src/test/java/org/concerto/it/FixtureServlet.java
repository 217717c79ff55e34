package org.concerto.it;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code POST /concerto-tests/fixtures/<scenario>}: builds that scenario ({@link JourneyFixtures}) for a test
 * that runs as a client (browser journeys, HTTP tests) and answers it as a flat JSON object of strings. It lives
 * in the test WAR only, never in the real EAR.
 */
@WebServlet("/fixtures/*")
public class FixtureServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private JourneyFixtures scenarios;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Map<String, String> world = scenarios.create(name);
        if (world == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no scenario " + name);
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(world.entrySet().stream()
                        .map(e -> quote(e.getKey()) + ":" + quote(e.getValue()))
                        .collect(Collectors.joining(",", "{", "}")));
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
