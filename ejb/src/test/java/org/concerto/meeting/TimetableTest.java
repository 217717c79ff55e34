package org.concerto.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimetableTest {

    private static final Instant START = Instant.parse("2030-03-12T09:00:00Z");

    private static Instant at(int minutesAfterStart) {
        return START.plus(Duration.ofMinutes(minutesAfterStart));
    }

    private static Timetable timetable(int... minutes) {
        return Timetable.of(
                START, Arrays.stream(minutes).mapToObj(Duration::ofMinutes).toList());
    }

    @Test
    void eachItemStartsWhenThePreviousOneEnds() {
        Timetable timetable = timetable(15, 60, 30);

        assertThat(timetable.slots())
                .containsExactly(
                        new Timetable.Slot(at(0), at(15)),
                        new Timetable.Slot(at(15), at(75)),
                        new Timetable.Slot(at(75), at(105)));
    }

    @Test
    void totalIsTheSumOfTheDurations() {
        Timetable timetable = timetable(15, 60, 30);

        assertThat(timetable.total()).isEqualTo(Duration.ofMinutes(105));
        assertThat(timetable.end()).isEqualTo(at(105));
    }

    @Test
    void noOverrunWhenTheAgendaEndsBeforeTheMeeting() {
        assertThat(timetable(15, 60, 30).overrun(at(180))).isEqualTo(Duration.ZERO);
    }

    @Test
    void noOverrunWhenTheAgendaEndsExactlyWithTheMeeting() {
        assertThat(timetable(60, 60).overrun(at(120))).isEqualTo(Duration.ZERO);
    }

    @Test
    void overrunIsHowFarTheAgendaRunsPastTheEnd() {
        assertThat(timetable(90, 45).overrun(at(120))).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void anEmptyAgendaTakesNoTime() {
        Timetable timetable = Timetable.of(START, List.of());

        assertThat(timetable.slots()).isEmpty();
        assertThat(timetable.end()).isEqualTo(START);
        assertThat(timetable.total()).isEqualTo(Duration.ZERO);
        assertThat(timetable.overrun(at(60))).isEqualTo(Duration.ZERO);
    }

    @Test
    void slotsCannotBeChangedFromOutside() {
        List<Timetable.Slot> slots = timetable(15).slots();
        Timetable.Slot extra = new Timetable.Slot(at(15), at(30));

        assertThatThrownBy(() -> slots.add(extra)).isInstanceOf(UnsupportedOperationException.class);
    }
}
