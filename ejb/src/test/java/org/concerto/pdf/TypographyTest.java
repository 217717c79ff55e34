package org.concerto.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TypographyTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Objet : réunion|Objet\u202F: réunion",
                "Pourquoi ? Parce que ; voilà !|Pourquoi\u202F? Parce que\u202F; voilà\u202F!",
                "le point « Confidentiel »|le point «\u202FConfidentiel\u202F»",
                "le point «Confidentiel»|le point «\u202FConfidentiel\u202F»",
                "Objet\u00A0: déjà insécable|Objet\u202F: déjà insécable",
                "14:00 – 15:00|14:00 – 15:00",
                "Feuille d'émargement|Feuille d’émargement",
                "https://visio.example.org/salle?id=1|https://visio.example.org/salle?id=1"
            })
    void frenchGetsNarrowNoBreakSpacesWhereTheyBelong(String text, String expected) {
        assertThat(Typography.apply(Locale.FRENCH, text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Objet : réunion", "le point « Confidentiel »"})
    void applyingTwiceChangesNothingMore(String text) {
        String once = Typography.apply(Locale.FRENCH, text);
        assertThat(Typography.apply(Locale.FRENCH, once)).isEqualTo(once);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Subject: the pump", "Items marked \"Confidential\" are not public."})
    void englishIsLeftAlone(String text) {
        assertThat(Typography.apply(Locale.ENGLISH, text)).isEqualTo(text);
    }
}
