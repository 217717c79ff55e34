package org.concerto.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.concerto.it.Deployments;
import org.concerto.it.HostileCorpus;
import org.concerto.it.HostileCorpus.Case;
import org.concerto.it.Scenario;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The hostile-input corpus ({@code hostile-input.tsv}) through the real pages, over HTTP as a browser posts their
 * forms, as a secretary of a world of its own: every line is one case, and every case is checked (soft assertions), so
 * that one run lists everything that fails. For every answer: never an HTTP 500, never the typed markup as markup. A
 * refusal is the translated message naming the field (and the limit), the typed value is still in the field and the
 * form was not saved; what is taken is shown as text, as the corpus says.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    private static final String SERVER_ERROR = "Une erreur inattendue";

    URL base = Deployments.application();

    Map<String, String> world = Scenario.create("hostile");

    private final String unique = world.get("marker").replaceAll("[^a-z0-9]", "");

    private int made;

    @Test
    void everyCaseOfTheCorpusIsRefusedByNameOrKeptAsText() throws Exception {
        WebSession secretary = new WebSession(base);
        secretary.login(world.get("secretariat"), Scenario.PASSWORD);
        List<Case> exports = new ArrayList<>();
        SoftAssertions softly = new SoftAssertions();
        for (Case c : HostileCorpus.cases()) {
            Case run = new Case(c, unique);
            switch (c.kind) {
                case "field" -> field(secretary, run, softly);
                case "csv" -> csv(secretary, run, softly);
                case "export" -> exports.add(run);
                default -> throw new IllegalStateException("unknown kind in the corpus: " + c);
            }
        }
        exports(secretary, exports, softly);
        softly.assertAll();
    }

    private void field(WebSession session, Case c, SoftAssertions softly) throws Exception {
        String form = c.target.substring(0, c.target.indexOf('.'));
        String field = c.target.substring(c.target.indexOf('.') + 1);
        String page =
                switch (form) {
                    case "meeting" -> "meeting/edit.xhtml";
                    case "person" -> "directory/person.xhtml";
                    case "organisation" -> "directory/organisation.xhtml";
                    default -> throw new IllegalStateException("unknown form in the corpus: " + c);
                };
        HttpResponse<String> empty = session.get(page);
        JsfForm posted = JsfForm.of(empty.body(), form, form + ":save");
        String name = Integer.toString(++made);
        switch (form) {
            case "meeting" ->
                posted.set("title", "Corpus " + unique + " " + name).set("venue", "Salle 1");
            case "person" ->
                posted.set("firstName", "Jean")
                        .set("lastName", "Corpus" + unique + name)
                        .set("email", unique + "-" + name + "@it.concerto.example")
                        .set("language_input", "FR");
            default -> posted.set("name", "Corpus " + unique + " " + name).set("category_input", "PATIENT_ASSOCIATION");
        }
        posted.set(field, c.value);
        HttpResponse<String> answer = session.post(page, posted.encoded());
        String body = answer.body();
        safe(c, answer, softly);
        if (c.expected.startsWith("refused:")) {
            String message = c.expected.substring("refused:".length());
            softly.assertThat(spaces(JsfForm.unescape(body)))
                    .as("%s: the refusal, translated, naming the field", c)
                    .contains(spaces(message));
            softly.assertThat(answer.uri().getPath())
                    .as("%s: the form is not saved", c)
                    .endsWith(page);
            softly.assertThat(JsfForm.valueIn(body, form + ":" + field))
                    .as("%s: what was typed is still in the field", c)
                    .isEqualTo(c.value);
        } else {
            String shown = c.expected.equals("saved") ? c.value : c.expected.substring("saved:".length());
            softly.assertThat(answer.uri().getQuery())
                    .as("%s: saved, the page of what was saved shows (%s)", c, excerptOfMessages(body))
                    .startsWith("id=");
            softly.assertThat(JsfForm.unescape(body)).as("%s: shown as text", c).contains(shown);
        }
    }

    private void csv(WebSession session, Case c, SoftAssertions softly) throws Exception {
        String page = "directory/import.xhtml";
        JsfForm upload = JsfForm.of(session.get(page).body(), "upload", "upload:preview");
        String boundary = "----corpus" + unique;
        HttpResponse<String> answer = session.postMultipart(
                page, boundary, upload.multipart(boundary, upload.fileInput, c.target, bytes(c.value)));
        String body = answer.body();
        safe(c, answer, softly);
        String text = spaces(JsfForm.unescape(body));
        if (c.expected.startsWith("file:")) {
            softly.assertThat(text)
                    .as("%s: the whole file refused, and why", c)
                    .contains(spaces(c.expected.substring("file:".length())));
            softly.assertThat(body).as("%s: no preview", c).doesNotContain("id=\"import-summary\"");
        } else if (c.expected.startsWith("preview:")) {
            String[] expected = c.expected.substring("preview:".length()).split(":", 2);
            String[] counts = expected[0].split("/");
            softly.assertThat(count(body, "accepted-title"))
                    .as("%s: lines accepted (%s)", c, excerptOfMessages(body))
                    .isEqualTo(counts[0]);
            softly.assertThat(count(body, "refused-title"))
                    .as("%s: lines refused", c)
                    .isEqualTo(counts[1]);
            if (expected.length > 1) {
                softly.assertThat(text).as("%s: the reason", c).contains(spaces(expected[1]));
            }
        } else {
            String name = c.expected.substring("imported:".length());
            softly.assertThat(count(body, "accepted-title"))
                    .as("%s: one line to import (%s)", c, excerptOfMessages(body))
                    .isEqualTo("1");
            if (body.contains("id=\"confirm\"")) {
                HttpResponse<String> imported = session.post(
                        page, JsfForm.of(body, "confirm", "confirm:import").encoded());
                safe(c, imported, softly);
                HttpResponse<String> found =
                        session.get("directory/people.xhtml?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8));
                safe(c, found, softly);
                softly.assertThat(JsfForm.unescape(found.body()))
                        .as("%s: imported and found in the directory", c)
                        .contains(name);
            }
        }
    }

    /** One export of the world's action items, filtered by its marker: each description's cell starts as expected. */
    private void exports(WebSession session, List<Case> cases, SoftAssertions softly) throws Exception {
        String page = "action/list.xhtml";
        JsfForm list = JsfForm.of(session.get(page).body(), "actions", "actions:exportCsv")
                .set("text", world.get("marker"));
        HttpResponse<String> answer = session.post(page, list.encoded());
        softly.assertThat(answer.statusCode()).as("the CSV export").isEqualTo(200);
        softly.assertThat(answer.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        String csv = answer.body();
        for (Case c : cases) {
            String cell = c.expected.substring("cell:".length());
            softly.assertThat(Pattern.compile("(^|[;,])\"?" + Pattern.quote(cell), Pattern.MULTILINE)
                            .matcher(csv)
                            .find())
                    .as("%s: a cell starting with %s in%n%s", c, cell, csv)
                    .isTrue();
        }
        softly.assertThat(cases).as("the corpus has export cases").isNotEmpty();
    }

    /** Whatever the case: no server error, and no markup typed into Concerto ever comes back as markup. */
    private static void safe(Case c, HttpResponse<String> answer, SoftAssertions softly) {
        softly.assertThat(answer.statusCode()).as("%s: HTTP status", c).isEqualTo(200);
        softly.assertThat(answer.body()).as("%s: not the error page", c).doesNotContain(SERVER_ERROR);
        // Inside a quoted attribute (the value of an input) a "<" is text; a quote would end it, and is escaped.
        String outsideAttributes = answer.body().replaceAll("=\"[^\"]*\"", "=\"\"");
        if (c.value.contains("<")) {
            softly.assertThat(outsideAttributes)
                    .as("%s: never markup in the page", c)
                    .doesNotContain(c.value);
        }
        // A tag with attributes (an event handler) is the typed one: the page's own tags are not written so.
        Matcher tag = Pattern.compile("<[a-zA-Z]+\\s[^<>]*>?").matcher(c.value);
        while (tag.find()) {
            softly.assertThat(outsideAttributes)
                    .as("%s: the tag %s is never markup in the page", c, tag.group())
                    .doesNotContain(tag.group());
        }
    }

    private static byte[] bytes(String value) {
        if (value.startsWith("[UTF-16LE+BOM]")) {
            byte[] text = value.substring("[UTF-16LE+BOM]".length()).getBytes(StandardCharsets.UTF_16LE);
            byte[] withBom = new byte[text.length + 2];
            withBom[0] = (byte) 0xFF;
            withBom[1] = (byte) 0xFE;
            System.arraycopy(text, 0, withBom, 2, text.length);
            return withBom;
        }
        if (value.startsWith("[UTF-16BE]")) {
            return value.substring("[UTF-16BE]".length()).getBytes(StandardCharsets.UTF_16BE);
        }
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** The number in "Lignes importées (2)", the title of a table of the preview, or null without a preview. */
    private static String count(String body, String titleId) {
        Matcher m = Pattern.compile("id=\"" + titleId + "\">[^<]*\\((\\d+)\\)").matcher(body);
        return m.find() ? m.group(1) : null;
    }

    /** The messages a page shows, to say why a case did not go as the corpus expects. */
    private static String excerptOfMessages(String body) {
        Matcher m =
                Pattern.compile("class=\"ui-messages?-error-summary\">([^<]*)<").matcher(body);
        List<String> messages = new ArrayList<>();
        while (m.find()) {
            messages.add(JsfForm.unescape(m.group(1)));
        }
        return messages.isEmpty() ? "no message" : String.join(" | ", messages);
    }

    /** French puts (narrow) no-break spaces before colons and between thousands; compared as spaces. */
    private static String spaces(String text) {
        return text.replace('\u202f', ' ').replace('\u00a0', ' ');
    }
}
