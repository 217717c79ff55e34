package org.concerto.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import org.concerto.shared.Entities;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.concerto.shared.Versions;

/**
 * On the day, the secretariat takes the roll: one invitee per call, saved at once, so that nothing is
 * lost if the tablet goes to sleep; each invitation carries its own version, so two secretaries marking
 * the same person at once do not overwrite each other unseen.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class AttendanceService {

    private static final String ROW = "select new org.concerto.meeting.AttendanceRow(i.id, i.version, p.id, "
            + "p.firstName, p.lastName, p.jobTitle, o.name, o.category, i.role, i.attendance, i.arrivedAt, i.leftAt) "
            + "from Invitation i join i.person p left join p.organisation o ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeetingService meetings;

    @Inject
    private Clock clock;

    /** The sheet: every invitee grouped by organisation, in one query. */
    public AttendanceSheet sheet(long meetingId) {
        Meeting meeting = meeting(meetingId);
        List<AttendanceRow> rows = em.createQuery(
                        ROW + "where i.meeting.id = :id order by o.name nulls last, p.lastName, p.firstName",
                        AttendanceRow.class)
                .setParameter("id", meetingId)
                .getResultList();
        return new AttendanceSheet(meeting, meeting.canRecordAttendance(clock), rows);
    }

    /**
     * Records one invitee's attendance, times of day in Paris on the day of the meeting; refused when the
     * invitation changed since the sheet showed it. Returns the row as saved, with its new version.
     */
    public AttendanceRow record(
            long meetingId,
            long invitationId,
            long versionShown,
            AttendanceStatus status,
            LocalTime arrival,
            LocalTime departure) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null || !invitation.getMeeting().getId().equals(meetingId)) {
            throw new NotFoundException();
        }
        Versions.require(invitation, versionShown);
        Meeting meeting = invitation.getMeeting();
        invitation.recordAttendance(status, meeting.onMeetingDay(arrival), meeting.onMeetingDay(departure), clock);
        // The new version is known only once written; the page needs it for the next save of this row.
        em.flush();
        return row(invitationId);
    }

    /** One row as the database holds it: after a save, or to show the other secretary's change after a refusal. */
    public AttendanceRow row(long invitationId) {
        return em.createQuery(ROW + "where i.id = :id", AttendanceRow.class)
                .setParameter("id", invitationId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** Whether the roll call can be taken now, for the link on the meeting page. */
    public boolean canRecord(long meetingId) {
        return meeting(meetingId).canRecordAttendance(clock);
    }

    /** How many came, for the meeting page: anyone who may read the meeting may see it. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public AttendanceCounts counts(long meetingId) {
        meetings.requireReadable(meetingId);
        AttendanceCounts counts = new AttendanceCounts();
        em.createQuery(
                        "select i.attendance, count(i) from Invitation i where i.meeting.id = :id group by i.attendance",
                        Object[].class)
                .setParameter("id", meetingId)
                .getResultList()
                .forEach(line -> counts.add((AttendanceStatus) line[0], (Long) line[1]));
        return counts;
    }

    private Meeting meeting(long id) {
        return Entities.require(em, Meeting.class, id);
    }
}
