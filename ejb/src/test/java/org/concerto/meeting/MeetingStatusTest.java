package org.concerto.meeting;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.concerto.meeting.MeetingStatus.CANCELLED;
import static org.concerto.meeting.MeetingStatus.CONVENED;
import static org.concerto.meeting.MeetingStatus.DRAFT;
import static org.concerto.meeting.MeetingStatus.POSTPONED;
import static org.concerto.meeting.MeetingStatus.PUBLISHED;

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
            assertThat(status.canBecome(POSTPONED)).as("%s -> POSTPONED", status).isEqualTo(status == CONVENED);
        }
    }

    @ParameterizedTest
    @EnumSource(names = {"DRAFT", "CONVENED", "POSTPONED"})
    void aMeetingNotYetHeldCanBeCancelled(MeetingStatus status) {
        assertThat(status.canBecome(CANCELLED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(names = {"DRAFT", "CONVENED", "POSTPONED"}, mode = EnumSource.Mode.EXCLUDE)
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
    @EnumSource(names = {"PUBLISHED", "CANCELLED"}, mode = EnumSource.Mode.EXCLUDE)
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
}
