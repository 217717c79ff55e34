package org.concerto.meeting;

import java.time.Instant;
import java.time.LocalTime;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.Zones;

/**
 * One invitee on the attendance sheet, with what was recorded and the version of their invitation: the
 * page saves one row at a time, and a save over someone else's newer one is refused. The status and
 * times are also the row's form fields (times of day in Paris; the day is the meeting's).
 */
public class AttendanceRow {

    private final Long invitationId;
    private final Long personId;
    private final String firstName;
    private final String lastName;
    private final String jobTitle;
    private final String organisationName;
    private final StakeholderCategory category;
    private final MeetingRole role;
    private long version;
    private AttendanceStatus attendance;
    private LocalTime arrivalTime;
    private LocalTime departureTime;

    public AttendanceRow(
            Long invitationId,
            long version,
            Long personId,
            String firstName,
            String lastName,
            String jobTitle,
            String organisationName,
            StakeholderCategory category,
            MeetingRole role,
            AttendanceStatus attendance,
            Instant arrivedAt,
            Instant leftAt) {
        this.invitationId = invitationId;
        this.version = version;
        this.personId = personId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.jobTitle = jobTitle;
        this.organisationName = organisationName;
        this.category = category;
        this.role = role;
        this.attendance = attendance;
        this.arrivalTime =
                arrivedAt == null ? null : arrivedAt.atZone(Zones.DEFAULT).toLocalTime();
        this.departureTime =
                leftAt == null ? null : leftAt.atZone(Zones.DEFAULT).toLocalTime();
    }

    /** Takes what a save left in the database, so that the next save of this row carries the right version. */
    public void update(AttendanceRow saved) {
        this.version = saved.version;
        this.attendance = saved.attendance;
        this.arrivalTime = saved.arrivalTime;
        this.departureTime = saved.departureTime;
    }

    public Long getInvitationId() {
        return invitationId;
    }

    public long getVersion() {
        return version;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public StakeholderCategory getCategory() {
        return category;
    }

    public MeetingRole getRole() {
        return role;
    }

    public AttendanceStatus getAttendance() {
        return attendance;
    }

    public void setAttendance(AttendanceStatus attendance) {
        this.attendance = attendance;
    }

    public LocalTime getArrivalTime() {
        return arrivalTime;
    }

    public void setArrivalTime(LocalTime arrivalTime) {
        this.arrivalTime = arrivalTime;
    }

    public LocalTime getDepartureTime() {
        return departureTime;
    }

    public void setDepartureTime(LocalTime departureTime) {
        this.departureTime = departureTime;
    }
}
