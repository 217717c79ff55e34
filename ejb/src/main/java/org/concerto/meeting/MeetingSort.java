package org.concerto.meeting;

/** The columns a meetings list may be sorted by, each mapped to a fixed JPQL path (never user text). */
public enum MeetingSort {
    START("m.schedule.startsAt"),
    TITLE("lower(m.title)"),
    SUBJECT("lower(m.subject)"),
    STATUS("m.status");

    private final String path;

    MeetingSort(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }
}
