package org.concerto.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.concerto.participant.Language;
import org.concerto.participant.Person;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Zones;
import org.junit.jupiter.api.Test;

class AttendanceTest {

    /** 12 March 2030, 14:00 to 17:00 in Paris. */
    private static final ZonedDateTime START = ZonedDateTime.of(2030, 3, 12, 14, 0, 0, 0, Zones.DEFAULT);

    private static final Clock CONVENING = at(START.minusWeeks(3));
    private static final Clock MORNING_OF = at(START.withHour(8));
    private static final Clock EVENING_BEFORE = at(START.minusDays(1).withHour(23));
    private static final Clock AFTER = at(START.withHour(18));

    @Test
    void theSecretariatRecordsWhoCameFromTheMorningOfTheMeeting() {
        Invitation invitation = convened().getInvitations().get(0);

        invitation.recordAttendance(AttendanceStatus.PRESENT, time("14:05"), time("16:40"), MORNING_OF);

        assertThat(invitation.getAttendance()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(invitation.getArrivedAt()).isEqualTo(START.withMinute(5).toInstant());
        assertThat(invitation.getLeftAt())
                .isEqualTo(START.withHour(16).withMinute(40).toInstant());
    }

    @Test
    void notTheEveningBefore() {
        Invitation invitation = convened().getInvitations().get(0);

        assertRefused(
                () -> invitation.recordAttendance(AttendanceStatus.PRESENT, null, null, EVENING_BEFORE),
                "error.attendance.beforeDay");
        assertThat(invitation.getMeeting().canRecordAttendance(EVENING_BEFORE)).isFalse();
        assertThat(invitation.getAttendance()).isNull();
    }

    @Test
    void notForADraft() {
        Meeting meeting = draft();

        assertRefused(
                () -> meeting.getInvitations()
                        .get(0)
                        .recordAttendance(AttendanceStatus.PRESENT, null, null, MORNING_OF),
                "error.attendance.closed");
        assertThat(meeting.canRecordAttendance(MORNING_OF)).isFalse();
    }

    @Test
    void notForACancelledMeeting() {
        Meeting meeting = convened();
        meeting.cancel();

        assertRefused(
                () -> meeting.getInvitations()
                        .get(0)
                        .recordAttendance(AttendanceStatus.EXCUSED, null, null, MORNING_OF),
                "error.attendance.closed");
    }

    @Test
    void stillOnceTheMeetingIsHeldButNotOnceItsMinutesAreUnderway() {
        Meeting meeting = convened();
        meeting.markHeld(AFTER);
        Invitation invitation = meeting.getInvitations().get(0);

        invitation.recordAttendance(AttendanceStatus.REMOTE, null, null, AFTER);
        assertThat(invitation.getAttendance()).isEqualTo(AttendanceStatus.REMOTE);

        meeting.openMinutesReview();
        assertRefused(
                () -> invitation.recordAttendance(AttendanceStatus.ABSENT, null, null, AFTER),
                "error.attendance.closed");
        assertThat(invitation.getAttendance()).isEqualTo(AttendanceStatus.REMOTE);
    }

    @Test
    void departureComesAfterArrival() {
        Invitation invitation = convened().getInvitations().get(0);

        assertRefused(
                () -> invitation.recordAttendance(AttendanceStatus.PRESENT, time("15:00"), time("15:00"), MORNING_OF),
                "error.attendance.departureBeforeArrival");
        assertRefused(
                () -> invitation.recordAttendance(AttendanceStatus.PRESENT, time("15:00"), time("14:10"), MORNING_OF),
                "error.attendance.departureBeforeArrival");
    }

    @Test
    void timesFallOnTheDayOfTheMeeting() {
        Invitation invitation = convened().getInvitations().get(0);
        Instant nextDay = START.plusDays(1).toInstant();

        assertRefused(
                () -> invitation.recordAttendance(AttendanceStatus.PRESENT, null, nextDay, MORNING_OF),
                "error.attendance.notOnMeetingDay");
    }

    @Test
    void someoneExcusedHasNoTimesAndAStatusCanBeCleared() {
        Invitation invitation = convened().getInvitations().get(0);
        invitation.recordAttendance(AttendanceStatus.PRESENT, time("14:00"), null, MORNING_OF);

        invitation.recordAttendance(AttendanceStatus.EXCUSED, time("14:00"), null, MORNING_OF);
        assertThat(invitation.getAttendance()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(invitation.getArrivedAt()).isNull();

        invitation.recordAttendance(null, null, null, MORNING_OF);
        assertThat(invitation.getAttendance()).isNull();
    }

    @Test
    void aTimeOfDayMeansThatTimeInParisOnTheMeetingDay() {
        assertThat(convened().onMeetingDay(LocalTime.of(9, 30)))
                .isEqualTo(START.withHour(9).withMinute(30).toInstant());
        assertThat(convened().onMeetingDay(null)).isNull();
    }

    private static Meeting draft() {
        Meeting meeting = new Meeting(
                "Comité d'interface",
                null,
                new Schedule(START.toInstant(), START.plusHours(3).toInstant()),
                MeetingFormat.IN_PERSON,
                "Salle A",
                null);
        meeting.invite(
                new Person("Anne", "Durand", "anne.durand@example.org", Language.FR, null), MeetingRole.PARTICIPANT);
        meeting.addAgendaItem(new AgendaItem("Point de situation", null, AgendaItemKind.INFORMATION, 30));
        return meeting;
    }

    private static Meeting convened() {
        Meeting meeting = draft();
        meeting.convene(CONVENING);
        return meeting;
    }

    private static Instant time(String hhmm) {
        return START.with(LocalTime.parse(hhmm)).toInstant();
    }

    private static Clock at(ZonedDateTime when) {
        return Clock.fixed(when.toInstant(), Zones.DEFAULT);
    }

    private static void assertRefused(ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getKey())
                .isEqualTo(key));
    }
}
