package org.concerto.minutes;

import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {

    @Test
    void aChangedWordIsMarkedAloneOnEachSide() {
        Comparison.Row row = Comparison.row("1. Accueil", "Le fabricant confirme le calendrier.", "Le fabricant maintient le calendrier.");

        assertThat(row.isChanged()).isTrue();
        assertThat(row.getLeft().stream().filter(Comparison.Segment::isChanged).map(Comparison.Segment::getText).collect(Collectors.joining()))
                .isEqualTo("confirme");
        assertThat(row.getRight().stream().filter(Comparison.Segment::isChanged).map(Comparison.Segment::getText).collect(Collectors.joining()))
                .isEqualTo("maintient");
        assertThat(row.getRight().stream().map(Comparison.Segment::getText).collect(Collectors.joining()))
                .isEqualTo("Le fabricant maintient le calendrier.");
    }

    @Test
    void identicalTextsAreUnchanged() {
        assertThat(Comparison.row("2. Point", "Même texte.", "Même texte.").isChanged()).isFalse();
    }
}
