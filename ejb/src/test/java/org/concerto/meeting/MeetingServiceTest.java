package org.concerto.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingServiceTest {

    /** What a user types in the search box is matched literally: LIKE's wildcards and escape are escaped. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "100%                   | 100\\%",
                "avis_ansm              | avis\\_ansm",
                "a\\b                   | a\\\\b",
                "\\%_                   | \\\\\\%\\_",
                "comité levothyrox 2019 | comité levothyrox 2019"
            })
    void escapesLikeWildcardsAndTheEscapeCharacter(String typed, String escaped) {
        assertThat(MeetingService.escapeLike(typed)).isEqualTo(escaped);
    }
}
