package org.concerto.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.concerto.shared.Zones;
import org.junit.jupiter.api.Test;

class ActionCsvTest {

    private static ActionRow row(String description) {
        return new ActionRow(
                        1L,
                        description,
                        LocalDate.of(2019, 10, 1),
                        ActionPriority.HIGH,
                        ActionStatus.OPEN,
                        null,
                        2L,
                        "Réunion ; MIP",
                        "MIP",
                        Instant.parse("2019-09-12T12:00:00Z"),
                        true,
                        3L,
                        "Continuité",
                        4L,
                        "Thomas",
                        "Bernard",
                        5L,
                        "Medtronic France",
                        "Medtronic France")
                .evaluate(LocalDate.of(2019, 10, 4));
    }

    @Test
    void frenchCsvIsUtf8WithABomAndSemicolons() {
        byte[] csv =
                ActionCsv.write(List.of(row("Confirmer l'engagement \"par écrit\"")), Locale.FRENCH, Zones.DEFAULT);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        String[] lines = text.split("\r\n");
        assertThat(lines[0]).startsWith("Réunion;Date de la réunion;");
        assertThat(lines[1])
                .isEqualTo("\"Réunion ; MIP\";2019-09-12;MIP;Continuité;Confirmer l'engagement \"\"par écrit\"\";"
                                .replace(
                                        "Confirmer l'engagement \"\"par écrit\"\"",
                                        "\"Confirmer l'engagement \"\"par écrit\"\"\"")
                        + "Thomas Bernard;Medtronic France;2019-10-01;Haute;À faire;3");
    }

    @Test
    void englishCsvUsesCommasAndFormulasAreDefused() {
        String text = new String(
                ActionCsv.write(List.of(row("=HYPERLINK(\"x\")")), Locale.ENGLISH, Zones.DEFAULT),
                StandardCharsets.UTF_8);

        assertThat(text.split("\r\n")[0]).startsWith("\uFEFFMeeting,Meeting date,");
        assertThat(text).contains(",\"'=HYPERLINK(\"\"x\"\")\",");
        assertThat(ActionCsv.defused("-1")).isEqualTo("'-1");
        assertThat(ActionCsv.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(ActionCsv.defused("Relancer le fabricant")).isEqualTo("Relancer le fabricant");
    }

    @Test
    void aFieldIsQuotedOnlyWhenItHoldsTheSeparatorAQuoteOrALineBreak() {
        String french = new String(
                ActionCsv.write(List.of(row("a,b\nsuite")), Locale.FRENCH, Zones.DEFAULT), StandardCharsets.UTF_8);
        String english =
                new String(ActionCsv.write(List.of(row("a;b")), Locale.ENGLISH, Zones.DEFAULT), StandardCharsets.UTF_8);

        assertThat(french)
                .contains(";Continuité;\"a,b\nsuite\";Thomas Bernard;")
                .endsWith(";Haute;À faire;3\r\n");
        assertThat(english).contains(",Continuité,a;b,Thomas Bernard,");
    }

    @Test
    void anEmptyCellStaysEmpty() {
        ActionRow notLate = new ActionRow(
                        1L,
                        "Relancer",
                        LocalDate.of(2019, 10, 1),
                        ActionPriority.LOW,
                        ActionStatus.OPEN,
                        null,
                        2L,
                        "Suivi",
                        null,
                        Instant.parse("2019-09-12T12:00:00Z"),
                        true,
                        null,
                        null,
                        4L,
                        "Thomas",
                        "Bernard",
                        5L,
                        "Medtronic France",
                        "Medtronic France")
                .evaluate(LocalDate.of(2019, 9, 20));

        String text =
                new String(ActionCsv.write(List.of(notLate), Locale.FRENCH, Zones.DEFAULT), StandardCharsets.UTF_8);

        assertThat(text.split("\r\n")[1])
                .isEqualTo("Suivi;2019-09-12;;;Relancer;Thomas Bernard;Medtronic France;2019-10-01;Basse;À faire;");
    }
}
