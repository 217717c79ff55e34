package org.concerto.meeting;

import java.util.EnumSet;
import java.util.Set;

/** Where a meeting is in its life; each state knows which states may follow it (DOMAIN.md). */
public enum MeetingStatus {
    DRAFT,
    CONVENED,
    POSTPONED,
    CANCELLED,
    HELD,
    MINUTES_IN_REVIEW,
    MINUTES_APPROVED,
    PUBLISHED;

    public Set<MeetingStatus> successors() {
        return switch (this) {
            case DRAFT -> EnumSet.of(CONVENED, CANCELLED);
            case CONVENED -> EnumSet.of(HELD, POSTPONED, CANCELLED);
            case POSTPONED -> EnumSet.of(CONVENED, CANCELLED);
            case HELD -> EnumSet.of(MINUTES_IN_REVIEW);
            case MINUTES_IN_REVIEW -> EnumSet.of(MINUTES_APPROVED);
            case MINUTES_APPROVED -> EnumSet.of(PUBLISHED);
            // The end of the life: archiving for good (SEDA export) will be a step of its own once it does something.
            case PUBLISHED, CANCELLED -> EnumSet.noneOf(MeetingStatus.class);
        };
    }

    public boolean canBecome(MeetingStatus next) {
        return successors().contains(next);
    }

    /** Invitees can still be added or told of changes only before the meeting is held. */
    public boolean isBeforeMeeting() {
        return this == DRAFT || this == CONVENED || this == POSTPONED;
    }
}
