package org.concerto.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The computed times of an agenda: each item starts when the one before it ends, the first at the
 * meeting's start. Nobody types a start time, so reordering never leaves a wrong one behind.
 */
public final class Timetable {

    /** One item's place in time. */
    public record Slot(Instant start, Instant end) {}

    private final Instant start;
    private final List<Slot> slots;

    private Timetable(Instant start, List<Slot> slots) {
        this.start = start;
        this.slots = slots;
    }

    public static Timetable of(Instant start, List<Duration> durations) {
        List<Slot> slots = new ArrayList<>(durations.size());
        Instant cursor = start;
        for (Duration duration : durations) {
            Instant end = cursor.plus(duration);
            slots.add(new Slot(cursor, end));
            cursor = end;
        }
        return new Timetable(start, Collections.unmodifiableList(slots));
    }

    public List<Slot> slots() {
        return slots;
    }

    public Instant end() {
        return slots.isEmpty() ? start : slots.get(slots.size() - 1).end();
    }

    public Duration total() {
        return Duration.between(start, end());
    }

    /** How far the agenda runs past the meeting's planned end; zero when it fits. */
    public Duration overrun(Instant meetingEnd) {
        Duration over = Duration.between(meetingEnd, end());
        return over.isNegative() ? Duration.ZERO : over;
    }
}
