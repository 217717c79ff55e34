package org.concerto.meeting;

/** Where people meet: in a room, online, or both. */
public enum MeetingFormat {
    IN_PERSON,
    REMOTE,
    HYBRID;

    public boolean needsVenue() {
        return this != REMOTE;
    }

    public boolean needsOnlineLink() {
        return this != IN_PERSON;
    }
}
