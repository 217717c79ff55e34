package org.concerto.meeting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingServiceTest {

    @Test
    void escapesThePercentSign() {
        assertThat(MeetingService.escapeLike("100%")).isEqualTo("100\\%");
    }

    @Test
    void escapesTheUnderscore() {
        assertThat(MeetingService.escapeLike("avis_ansm")).isEqualTo("avis\\_ansm");
    }

    @Test
    void escapesTheEscapeCharacterItself() {
        assertThat(MeetingService.escapeLike("a\\b")).isEqualTo("a\\\\b");
    }

    @Test
    void escapesEachWildcardOnceWhenMixed() {
        assertThat(MeetingService.escapeLike("\\%_")).isEqualTo("\\\\\\%\\_");
    }

    @Test
    void leavesOrdinaryTextAlone() {
        assertThat(MeetingService.escapeLike("comité levothyrox 2019")).isEqualTo("comité levothyrox 2019");
    }
}
