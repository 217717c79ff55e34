package org.concerto.meeting;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/** How many invitees were present, remote, excused or absent, and how many are not recorded yet. */
public class AttendanceCounts {

    private final Map<AttendanceStatus, Long> counts = new EnumMap<>(AttendanceStatus.class);
    private long notRecorded;

    AttendanceCounts() {
        for (AttendanceStatus status : AttendanceStatus.values()) {
            counts.put(status, 0L);
        }
    }

    static AttendanceCounts of(Collection<AttendanceRow> rows) {
        AttendanceCounts result = new AttendanceCounts();
        rows.forEach(row -> result.add(row.getAttendance(), 1));
        return result;
    }

    void add(AttendanceStatus status, long count) {
        if (status == null) {
            notRecorded += count;
        } else {
            counts.merge(status, count, Long::sum);
        }
    }

    public long getPresent() {
        return counts.get(AttendanceStatus.PRESENT);
    }

    public long getRemote() {
        return counts.get(AttendanceStatus.REMOTE);
    }

    public long getExcused() {
        return counts.get(AttendanceStatus.EXCUSED);
    }

    public long getAbsent() {
        return counts.get(AttendanceStatus.ABSENT);
    }

    public long getNotRecorded() {
        return notRecorded;
    }

    public long getTotal() {
        return notRecorded + counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Whether anything at all was recorded: a meeting without a roll call shows no summary. */
    public boolean isAnyRecorded() {
        return getTotal() > notRecorded;
    }
}
