package org.concerto.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void aChangedWordIsMarkedAloneOnEachSide() {
        Comparison.Row row = Comparison.row(
                "1. Accueil", "Le fabricant confirme le calendrier.", "Le fabricant maintient le calendrier.");

        assertThat(row.isChanged()).isTrue();
        assertThat(row.getLeft().stream()
                        .filter(Comparison.Segment::isChanged)
                        .map(Comparison.Segment::getText)
                        .collect(Collectors.joining()))
                .isEqualTo("confirme");
        assertThat(row.getRight().stream()
                        .filter(Comparison.Segment::isChanged)
                        .map(Comparison.Segment::getText)
                        .collect(Collectors.joining()))
                .isEqualTo("maintient");
        assertThat(row.getRight().stream().map(Comparison.Segment::getText).collect(Collectors.joining()))
                .isEqualTo("Le fabricant maintient le calendrier.");
    }

    @Test
    void identicalTextsAreUnchanged() {
        assertThat(Comparison.row("2. Point", "Même texte.", "Même texte.").isChanged())
                .isFalse();
    }

    @Test
    void wordsAddedAndRemovedAreMarkedOnTheirSideAndBothTextsStayWhole() {
        String before = "Medtronic fournira les consommables jusqu'en 2020.";
        String after = "Medtronic fournira gratuitement les consommables jusqu'en 2021, par écrit.";

        Comparison.Row row = Comparison.row("3. Décisions", before, after);

        assertThat(row.getLeft())
                .extracting(Comparison.Segment::getText, Comparison.Segment::isChanged)
                .containsExactly(tuple("Medtronic fournira les consommables jusqu'en ", false), tuple("2020.", true));
        assertThat(row.getRight())
                .filteredOn(Comparison.Segment::isChanged)
                .extracting(Comparison.Segment::getText)
                .containsExactly("gratuitement", "2021,", "par", "écrit.");
        assertThat(row.getRight().stream().map(Comparison.Segment::getText).collect(Collectors.joining()))
                .isEqualTo(after);
        assertThat(row.getRight())
                .extracting(Comparison.Segment::getText)
                .first()
                .isEqualTo("Medtronic fournira ");
    }

    @Test
    void aPartOnlyOnOneSideIsWhollyAddedOrRemoved() {
        Comparison comparison = Comparison.of(
                1,
                java.util.List.of(new MinutesVersion.Part("1. Accueil", "Ouverture.")),
                2,
                java.util.List.of(
                        new MinutesVersion.Part("1. Accueil", "Ouverture."),
                        new MinutesVersion.Part("2. Divers", "Rien.")));

        assertThat(comparison.getRows())
                .extracting(Comparison.Row::getHeading, Comparison.Row::isChanged)
                .containsExactly(tuple("1. Accueil", false), tuple("2. Divers", true));
        assertThat(comparison.getRows().get(1).getLeft()).isEmpty();
        assertThat(comparison.getRows().get(1).getRight())
                .extracting(Comparison.Segment::getText)
                .containsExactly("Rien.");
    }
}
