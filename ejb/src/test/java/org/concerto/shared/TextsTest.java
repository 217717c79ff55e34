package org.concerto.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void controlCharactersAreDroppedButTabsAndLineBreaksKept() {
        assertThat(Texts.withoutControlCharacters("Ré\u0000union\u0007 \u001b[31m\u007f\u009b\tet\r\nsuite"))
                .isEqualTo("Réunion [31m\tet\r\nsuite");
        assertThat(Texts.hasControlCharacters("Réunion\u0000")).isTrue();
    }

    @Test
    void everyOtherCharacterIsKeptAsItIs() {
        String text = "Œ ß – « » 𝄞 👩‍⚕️ 中文 \u00a0\u202f\u200b";
        assertThat(Texts.withoutControlCharacters(text)).isSameAs(text);
        assertThat(Texts.withoutControlCharacters(null)).isNull();
    }

    @Test
    void everyStoredTextGoesThroughTheRule() {
        assertThat(new CleanText().convertToDatabaseColumn("a\u0000b")).isEqualTo("ab");
    }

    /** What a user types in a search box is matched literally: LIKE's wildcards and escape are escaped. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(
            delimiter = '|',
            value = {
                "100%                   | 100\\%",
                "avis_ansm              | avis\\_ansm",
                "a\\b                   | a\\\\b",
                "\\%_                   | \\\\\\%\\_",
                "comité levothyrox 2019 | comité levothyrox 2019"
            })
    void aSearchPatternEscapesLikeWildcardsAndTheEscapeCharacter(String typed, String escaped) {
        assertThat(Texts.containing(typed)).isEqualTo("%" + escaped + "%");
    }
}
