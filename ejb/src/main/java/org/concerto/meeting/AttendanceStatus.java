package org.concerto.meeting;

/** Whether an invitee took part in the meeting, as the secretariat records it on the day. */
public enum AttendanceStatus {
    PRESENT,
    REMOTE,
    EXCUSED,
    ABSENT;

    /** Only someone who took part, in the room or remotely, has arrival and departure times. */
    public boolean tookPart() {
        return this == PRESENT || this == REMOTE;
    }
}
