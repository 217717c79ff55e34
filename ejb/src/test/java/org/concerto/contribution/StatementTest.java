package org.concerto.contribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;

/** What a browser sends as a statement is cut down to the allow-list on the server. */
class StatementTest {

    @Test
    void keepsParagraphsEmphasisListsAndSafeLinks() {
        Statement statement =
                Statement.of("<p>Nous <strong>demandons</strong> :</p><ul><li>un registre</li><li>un suivi</li></ul>"
                        + "<p><a href=\"https://example.org/avis\">notre avis</a></p>");
        assertThat(statement.html())
                .contains(
                        "<strong>demandons</strong>",
                        "<li>un registre</li>",
                        "href=\"https://example.org/avis\"",
                        "nofollow");
        assertThat(statement.paragraphs())
                .containsExactly("Nous demandons :", "• un registre", "• un suivi", "notre avis");
    }

    @Test
    void dropsScriptsHandlersStylesAndDangerousLinks() {
        Statement statement = Statement.of(
                "<p onclick=\"steal()\" style=\"color:red\">Texte<script>alert(1)</script>"
                        + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">lien</a><iframe src=\"https://evil\"></iframe></p>");
        assertThat(statement.html())
                .doesNotContain("script", "onclick", "onerror", "style", "img", "javascript", "iframe")
                .contains("Texte", "lien");
    }

    @Test
    void anEmptyEditorIsNoStatementAndATooLongOneIsRefused() {
        assertThat(Statement.of("<p><br></p>").isEmpty()).isTrue();
        assertThat(Statement.of(null).isEmpty()).isTrue();
        assertThatThrownBy(() -> Statement.of("<p>" + "a".repeat(Statement.MAX_LENGTH + 1) + "</p>"))
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.tooLong");
    }

    @Test
    void theDisclosureIsNoneOrAText() {
        assertThat(new Disclosure(true, " ").text()).isNull();
        assertThatThrownBy(() -> new Disclosure(false, ""))
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.contribution.disclosureRequired");
        assertThatThrownBy(() -> new Disclosure(true, "Consultant"))
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.contribution.disclosureBoth");
    }

    @Test
    void theWindowClosesAtTheDeadlineUnlessReopenedAndThenSubmissionsAreLate() {
        java.time.Instant deadline = java.time.Instant.parse("2019-09-05T22:00:00Z");
        assertThat(new SubmissionWindow(deadline, null).requireOpen(deadline)).isFalse();
        assertThatThrownBy(() -> new SubmissionWindow(deadline, null).requireOpen(deadline.plusSeconds(1)))
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo("error.contribution.deadlinePassed");
        assertThat(new SubmissionWindow(deadline, deadline.plusSeconds(3600)).requireOpen(deadline.plusSeconds(60)))
                .isTrue();
    }
}
