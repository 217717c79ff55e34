package org.concerto.mail;

import java.time.Instant;
import java.util.Objects;

/**
 * A meeting as a calendar sees it, for one attendee. The UID stays the same for the meeting's whole
 * life and the sequence rises with every change sent, so that calendars update the event they already
 * have instead of adding a second one.
 */
public final class CalendarEvent {

    private final String uid;
    private final int sequence;
    private final Instant start;
    private final Instant end;
    private final String summary;
    private final String description;
    private final String location;
    private final String organizerName;
    private final String organizerEmail;
    private final String attendeeName;
    private final String attendeeEmail;

    public CalendarEvent(
            String uid,
            int sequence,
            Instant start,
            Instant end,
            String summary,
            String description,
            String location,
            String organizerName,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail) {
        this.uid = Objects.requireNonNull(uid);
        this.sequence = sequence;
        this.start = Objects.requireNonNull(start);
        this.end = Objects.requireNonNull(end);
        this.summary = Objects.requireNonNull(summary);
        this.description = description;
        this.location = location;
        this.organizerName = organizerName;
        this.organizerEmail = Objects.requireNonNull(organizerEmail);
        this.attendeeName = attendeeName;
        this.attendeeEmail = Objects.requireNonNull(attendeeEmail);
    }

    public String getUid() {
        return uid;
    }

    public int getSequence() {
        return sequence;
    }

    public Instant getStart() {
        return start;
    }

    public Instant getEnd() {
        return end;
    }

    public String getSummary() {
        return summary;
    }

    public String getDescription() {
        return description;
    }

    public String getLocation() {
        return location;
    }

    public String getOrganizerName() {
        return organizerName;
    }

    public String getOrganizerEmail() {
        return organizerEmail;
    }

    public String getAttendeeName() {
        return attendeeName;
    }

    public String getAttendeeEmail() {
        return attendeeEmail;
    }
}
