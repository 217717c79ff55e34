package org.concerto.web.meeting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.meeting.AttendanceCounts;
import org.concerto.meeting.AttendanceService;
import org.concerto.meeting.MeetingDetails;

/** The attendance part of the meeting page: whether the roll call is open, and how many came. */
@Named
@RequestScoped
public class AttendanceSummaryBacking {

    @Inject
    private AttendanceService attendance;

    private AttendanceCounts counts;

    /**
     * How many came, once the meeting has taken place (held, and on through its minutes); null before,
     * or for a cancelled one. Read once per request, however often the page asks.
     */
    public AttendanceCounts counts(MeetingDetails meeting) {
        if (!meeting.getStatus().hasTakenPlace()) {
            return null;
        }
        if (counts == null) {
            counts = attendance.counts(meeting.getId());
        }
        return counts;
    }

    public boolean canRecord(MeetingDetails meeting) {
        return attendance.canRecord(meeting.getId());
    }
}
