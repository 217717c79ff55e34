package org.concerto.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.concerto.participant.StakeholderCategory;
import org.concerto.shared.NotFoundException;

/** The attendance page: the meeting, its invitees by organisation with what was recorded, and the counts. */
public class AttendanceSheet {

    private final Long meetingId;
    private final String title;
    private final Instant startsAt;
    private final Instant endsAt;
    private final MeetingStatus status;
    private final boolean illustrative;
    private final boolean open;
    private final List<AttendanceGroup> groups;
    private final List<AttendanceRow> rows;

    AttendanceSheet(Meeting meeting, boolean open, List<AttendanceRow> rows) {
        this.meetingId = meeting.getId();
        this.title = meeting.getTitle();
        this.startsAt = meeting.getSchedule().getStartsAt();
        this.endsAt = meeting.getSchedule().getEndsAt();
        this.status = meeting.getStatus();
        this.illustrative = meeting.isIllustrative();
        this.open = open;
        this.rows = List.copyOf(rows);
        Map<String, List<AttendanceRow>> byOrganisation = new LinkedHashMap<>();
        for (AttendanceRow row : rows) {
            byOrganisation
                    .computeIfAbsent(Objects.toString(row.getOrganisationName(), ""), k -> new ArrayList<>())
                    .add(row);
        }
        List<AttendanceGroup> result = new ArrayList<>();
        byOrganisation.values().forEach(members -> result.add(new AttendanceGroup(members)));
        this.groups = List.copyOf(result);
    }

    /** The row of one invitation on this sheet. */
    public AttendanceRow row(long invitationId) {
        return rows.stream()
                .filter(r -> r.getInvitationId() == invitationId)
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    /** Counted from the rows in memory, so they follow each save without another query. */
    public AttendanceCounts getCounts() {
        return AttendanceCounts.of(rows);
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    /** Whether attendance can be recorded now (the day has come, the meeting is convened or held). */
    public boolean isOpen() {
        return open;
    }

    public List<AttendanceGroup> getGroups() {
        return groups;
    }

    public List<AttendanceRow> getRows() {
        return rows;
    }

    /** The invitees of one organisation (or of none). */
    public static class AttendanceGroup {

        private final List<AttendanceRow> invitees;

        AttendanceGroup(List<AttendanceRow> invitees) {
            this.invitees = List.copyOf(invitees);
        }

        /** Null for people invited in their own name. */
        public String getOrganisationName() {
            return invitees.get(0).getOrganisationName();
        }

        public StakeholderCategory getCategory() {
            return invitees.get(0).getCategory();
        }

        public List<AttendanceRow> getInvitees() {
            return invitees;
        }
    }
}
