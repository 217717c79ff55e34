package org.concerto.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.concerto.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AgendaItemTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 45, 480})
    void acceptsFromOneMinuteToAWorkingDay(int minutes) {
        AgendaItem item = new AgendaItem("Point sur les signalements", null, AgendaItemKind.DISCUSSION, minutes);

        assertThat(item.getPlannedMinutes()).isEqualTo(minutes);
        assertThat(item.getPlannedDuration()).isEqualTo(Duration.ofMinutes(minutes));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -15, 481, 24 * 60})
    void refusesADurationOutOfBounds(int minutes) {
        assertThatThrownBy(() -> new AgendaItem("Point", null, AgendaItemKind.DISCUSSION, minutes))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.getKey()).isEqualTo("error.agenda.duration");
                    assertThat(e.getArguments()).containsExactly(480);
                });
    }

    @Test
    void replanningOutOfBoundsKeepsThePreviousDuration() {
        AgendaItem item = new AgendaItem("Point", null, AgendaItemKind.DECISION, 30);

        assertRefused(() -> item.plan(0), "error.agenda.duration");
        assertThat(item.getPlannedMinutes()).isEqualTo(30);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void aTitleIsRequired(String title) {
        assertRefused(() -> new AgendaItem(title, "Description", AgendaItemKind.INFORMATION, 30), "error.required");
    }

    @Test
    void aKindIsRequired() {
        assertRefused(() -> new AgendaItem("Point", null, null, 30), "error.required");
    }

    @Test
    void titleAndDescriptionAreTrimmedAndABlankDescriptionIsNone() {
        AgendaItem item = new AgendaItem("  Présentation de l'étude  ", "   ", AgendaItemKind.CONSULTATION, 30);

        assertThat(item.getTitle()).isEqualTo("Présentation de l'étude");
        assertThat(item.getDescription()).isNull();
        assertThat(item.getKind()).isEqualTo(AgendaItemKind.CONSULTATION);
    }

    @Test
    void refusesATitleLongerThanItsColumn() {
        String title = "x".repeat(AgendaItem.TITLE_LENGTH + 1);

        assertRefused(() -> new AgendaItem(title, null, AgendaItemKind.INFORMATION, 30), "error.tooLong");
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                .isEqualTo(key));
    }
}
