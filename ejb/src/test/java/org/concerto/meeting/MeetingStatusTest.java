package org.concerto.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concerto.meeting.MeetingStatus.CANCELLED;
import static org.concerto.meeting.MeetingStatus.CONVENED;
import static org.concerto.meeting.MeetingStatus.DRAFT;
import static org.concerto.meeting.MeetingStatus.POSTPONED;
import static org.concerto.meeting.MeetingStatus.PUBLISHED;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MeetingStatusTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "DRAFT, CONVENED",
        "CONVENED, HELD",
        "HELD, MINUTES_IN_REVIEW",
        "MINUTES_IN_REVIEW, MINUTES_APPROVED",
        "MINUTES_APPROVED, PUBLISHED"
    })
    void followsTheLifeCycleStepByStep(MeetingStatus from, MeetingStatus to) {
        assertThat(from.successors()).contains(to);
        assertThat(from.canBecome(to)).isTrue();
    }

    @ParameterizedTest(name = "{0} cannot jump to {1}")
    @CsvSource({
        "DRAFT, HELD",
        "DRAFT, PUBLISHED",
        "CONVENED, MINUTES_IN_REVIEW",
        "HELD, MINUTES_APPROVED",
        "HELD, PUBLISHED",
        "MINUTES_IN_REVIEW, PUBLISHED",
        "HELD, CONVENED",
        "PUBLISHED, DRAFT"
    })
    void neitherSkipsNorGoesBack(MeetingStatus from, MeetingStatus to) {
        assertThat(from.canBecome(to)).isFalse();
    }

    @Test
    void onlyAConvenedMeetingCanBePostponed() {
        for (MeetingStatus status : MeetingStatus.values()) {
            assertThat(status.canBecome(POSTPONED))
                    .as("%s -> POSTPONED", status)
                    .isEqualTo(status == CONVENED);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"DRAFT", "CONVENED", "POSTPONED"})
    void aMeetingNotYetHeldCanBeCancelled(MeetingStatus status) {
        assertThat(status.canBecome(CANCELLED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(
            names = {"DRAFT", "CONVENED", "POSTPONED"},
            mode = EnumSource.Mode.EXCLUDE)
    void aMeetingHeldOrClosedCannotBeCancelled(MeetingStatus status) {
        assertThat(status.canBecome(CANCELLED)).isFalse();
    }

    @Test
    void aPostponedMeetingIsConvenedAgain() {
        assertThat(POSTPONED.successors()).containsExactlyInAnyOrder(CONVENED, CANCELLED);
    }

    @ParameterizedTest
    @EnumSource(names = {"PUBLISHED", "CANCELLED"})
    void publishedAndCancelledAreTheEnd(MeetingStatus end) {
        assertThat(end.successors()).isEmpty();
        for (MeetingStatus status : MeetingStatus.values()) {
            assertThat(end.canBecome(status)).as("%s -> %s", end, status).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource
    void noStateLeadsToItselfNorBackToDraft(MeetingStatus status) {
        assertThat(status.successors()).doesNotContain(status, DRAFT);
    }

    @ParameterizedTest
    @EnumSource(
            names = {"PUBLISHED", "CANCELLED"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyMeetingCanEndUpPublishedOrCancelled(MeetingStatus status) {
        Set<MeetingStatus> reached = EnumSet.noneOf(MeetingStatus.class);
        Deque<MeetingStatus> toVisit = new ArrayDeque<>(status.successors());
        while (!toVisit.isEmpty()) {
            MeetingStatus next = toVisit.pop();
            if (reached.add(next)) {
                toVisit.addAll(next.successors());
            }
        }
        assertThat(reached).containsAnyOf(PUBLISHED, CANCELLED);
    }

    @ParameterizedTest
    @EnumSource
    void invitationsAndAgendaStayOpenOnlyBeforeTheMeeting(MeetingStatus status) {
        boolean expected = status == DRAFT || status == CONVENED || status == POSTPONED;
        assertThat(status.isBeforeMeeting()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} offers {1}")
    @CsvSource({
        "DRAFT, 'CONVENE,CANCEL,UNINVITE,DELETE'",
        "CONVENED, 'POSTPONE,CANCEL,MARK_HELD,REMIND'",
        "POSTPONED, 'CONVENE,CANCEL,REMIND'",
        "CANCELLED, ''",
        "HELD, 'START_MINUTES,OPEN_MINUTES_REVIEW'",
        "MINUTES_IN_REVIEW, ''",
        "MINUTES_APPROVED, ''",
        "PUBLISHED, ''"
    })
    void eachStateOffersItsSteps(MeetingStatus status, String steps) {
        Set<MeetingStep> expected = EnumSet.noneOf(MeetingStep.class);
        for (String step : steps.split(",")) {
            if (!step.isBlank()) {
                expected.add(MeetingStep.valueOf(step));
            }
        }
        assertThat(status.steps()).isEqualTo(expected);
        for (MeetingStep step : MeetingStep.values()) {
            assertThat(status.allows(step)).as("%s allows %s", status, step).isEqualTo(expected.contains(step));
        }
    }

    @Test
    void aConvenedMeetingIsMarkedHeldOnlyOnceStarted() {
        Instant start = Instant.parse("2019-09-12T08:00:00Z");

        assertThat(CONVENED.stepsAt(start, start.minusSeconds(1)))
                .doesNotContain(MeetingStep.MARK_HELD)
                .contains(MeetingStep.CANCEL);
        assertThat(CONVENED.stepsAt(start, start)).contains(MeetingStep.MARK_HELD);
    }

    @ParameterizedTest
    @EnumSource
    void attendanceAndMinutesExistOnceTheMeetingTookPlace(MeetingStatus status) {
        boolean expected = !status.isBeforeMeeting() && status != CANCELLED;
        assertThat(status.hasTakenPlace()).isEqualTo(expected);
    }
}
