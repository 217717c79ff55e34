package org.concerto.meeting;

/** The part an invitee plays in one meeting. */
public enum MeetingRole {
    CHAIR,
    SECRETARIAT,
    PARTICIPANT,
    EXPERT,
    OBSERVER
}
