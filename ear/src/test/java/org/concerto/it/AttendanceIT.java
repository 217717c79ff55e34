package org.concerto.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.time.LocalTime;
import org.concerto.meeting.AttendanceCounts;
import org.concerto.meeting.AttendanceRow;
import org.concerto.meeting.AttendanceService;
import org.concerto.meeting.AttendanceSheet;
import org.concerto.meeting.AttendanceStatus;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** On the day, the secretariat takes the roll, one invitee at a time; nobody else may, and nothing is overwritten unseen. */
@ExtendWith(ArquillianExtension.class)
class AttendanceIT {

    @Inject
    Fixtures fixtures;

    @Inject
    AttendanceService attendance;

    private String secretariat;
    private String participant;
    private Long first;
    private Long second;
    private Long third;

    @BeforeEach
    void people() {
        secretariat = fixtures.account(fixtures.person("Claire", "Appel", null), Role.SECRETARIAT);
        Long association = fixtures.organisation(StakeholderCategory.PATIENT_ASSOCIATION);
        first = fixtures.person("Aline", "Présente", association);
        second = fixtures.person("Bruno", "Excusé", association);
        third = fixtures.person("Chloé", "Attendue", null);
        participant = fixtures.account(first, Role.PARTICIPANT);
    }

    @Test
    void theSecretariatRecordsAttendanceAndTheCountsFollow() throws Exception {
        Long meeting = fixtures.meetingToday(Fixtures.unique("Comité du jour"), first, second, third);
        AttendanceSheet sheet = as(secretariat, () -> attendance.sheet(meeting));
        assertThat(sheet.isOpen()).isTrue();
        assertThat(sheet.getGroups()).hasSize(2);
        assertThat(sheet.getGroups().get(0).getInvitees())
                .extracting(AttendanceRow::getDisplayName)
                .containsExactly("Bruno Excusé", "Aline Présente");

        AttendanceRow aline = row(sheet, "Aline Présente");
        AttendanceRow saved = as(
                secretariat,
                () -> attendance.record(
                        meeting,
                        aline.getInvitationId(),
                        aline.getVersion(),
                        AttendanceStatus.PRESENT,
                        LocalTime.of(0, 0),
                        null));
        AttendanceRow bruno = row(sheet, "Bruno Excusé");
        as(
                secretariat,
                () -> attendance.record(
                        meeting, bruno.getInvitationId(), bruno.getVersion(), AttendanceStatus.EXCUSED, null, null));

        AttendanceSheet again = as(secretariat, () -> attendance.sheet(meeting));
        assertThat(row(again, "Aline Présente").getAttendance()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(row(again, "Aline Présente").getArrivalTime()).isEqualTo(LocalTime.of(0, 0));
        assertThat(saved.getVersion()).isGreaterThan(aline.getVersion());
        AttendanceCounts counts = again.getCounts();
        assertThat(new long[] {
                    counts.getPresent(),
                    counts.getRemote(),
                    counts.getExcused(),
                    counts.getAbsent(),
                    counts.getNotRecorded()
                })
                .containsExactly(1, 0, 1, 0, 1);
        AttendanceCounts seenByInvitee = as(participant, () -> attendance.counts(meeting));
        assertThat(seenByInvitee.getPresent()).isEqualTo(1);
        assertThat(seenByInvitee.getNotRecorded()).isEqualTo(1);
    }

    @Test
    void aSaveOverAnotherSecretarysNewerOneIsRefused() throws Exception {
        Long meeting = fixtures.meetingToday(Fixtures.unique("Comité du jour"), first);
        AttendanceRow shown =
                as(secretariat, () -> attendance.sheet(meeting)).getRows().get(0);
        as(
                secretariat,
                () -> attendance.record(
                        meeting, shown.getInvitationId(), shown.getVersion(), AttendanceStatus.REMOTE, null, null));

        assertThatThrownBy(() -> as(
                        secretariat,
                        () -> attendance.record(
                                meeting,
                                shown.getInvitationId(),
                                shown.getVersion(),
                                AttendanceStatus.ABSENT,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.stale"));
        assertThat(as(secretariat, () -> attendance.row(shown.getInvitationId()))
                        .getAttendance())
                .isEqualTo(AttendanceStatus.REMOTE);
    }

    @Test
    void notForADraft() throws Exception {
        Long meeting = fixtures.meeting(Fixtures.unique("Brouillon"), first);
        AttendanceSheet sheet = as(secretariat, () -> attendance.sheet(meeting));
        assertThat(sheet.isOpen()).isFalse();
        AttendanceRow row = sheet.getRows().get(0);

        assertThatThrownBy(() -> as(
                        secretariat,
                        () -> attendance.record(
                                meeting,
                                row.getInvitationId(),
                                row.getVersion(),
                                AttendanceStatus.PRESENT,
                                null,
                                null)))
                .isInstanceOfSatisfying(
                        BusinessException.class, e -> assertThat(e.getKey()).isEqualTo("error.attendance.closed"));
    }

    @Test
    void anInviteeCannotTakeTheRoll() throws Exception {
        Long meeting = fixtures.meetingToday(Fixtures.unique("Comité du jour"), first);
        AttendanceRow row =
                as(secretariat, () -> attendance.sheet(meeting)).getRows().get(0);

        assertThatThrownBy(() -> as(
                        participant,
                        () -> attendance.record(
                                meeting,
                                row.getInvitationId(),
                                row.getVersion(),
                                AttendanceStatus.PRESENT,
                                null,
                                null)))
                .isInstanceOf(EJBAccessException.class);
        assertThatThrownBy(() -> as(participant, () -> attendance.sheet(meeting)))
                .isInstanceOf(EJBAccessException.class);
        assertThat(as(secretariat, () -> attendance.row(row.getInvitationId())).getAttendance())
                .isNull();
    }

    private static AttendanceRow row(AttendanceSheet sheet, String name) {
        return sheet.getRows().stream()
                .filter(r -> r.getDisplayName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static <T> T as(String login, java.util.concurrent.Callable<T> action) throws Exception {
        return AsUser.call(login, Fixtures.PASSWORD, action);
    }
}
