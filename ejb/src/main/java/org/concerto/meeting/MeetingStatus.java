package org.concerto.meeting;

import java.time.Instant;
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

    /** The steps this state allows, whatever the time; see {@link #stepsAt} for the ones that also wait for the start. */
    public Set<MeetingStep> steps() {
        Set<MeetingStep> steps = EnumSet.noneOf(MeetingStep.class);
        if (canBecome(CONVENED)) {
            steps.add(MeetingStep.CONVENE);
        }
        if (canBecome(POSTPONED)) {
            steps.add(MeetingStep.POSTPONE);
        }
        if (canBecome(CANCELLED)) {
            steps.add(MeetingStep.CANCEL);
        }
        if (canBecome(HELD)) {
            steps.add(MeetingStep.MARK_HELD);
        }
        if (this == CONVENED || this == POSTPONED) {
            steps.add(MeetingStep.REMIND);
        }
        if (this == DRAFT) {
            // Once notices have left, an invitee is told of changes, never silently dropped.
            steps.add(MeetingStep.UNINVITE);
            steps.add(MeetingStep.DELETE);
        }
        if (this == HELD) {
            steps.add(MeetingStep.START_MINUTES);
        }
        if (canBecome(MINUTES_IN_REVIEW)) {
            steps.add(MeetingStep.OPEN_MINUTES_REVIEW);
        }
        return steps;
    }

    public boolean allows(MeetingStep step) {
        return steps().contains(step);
    }

    /** The steps possible at {@code now} for a meeting starting at {@code startsAt}: it is marked held only once started. */
    public Set<MeetingStep> stepsAt(Instant startsAt, Instant now) {
        Set<MeetingStep> steps = steps();
        if (now.isBefore(startsAt)) {
            steps.remove(MeetingStep.MARK_HELD);
        }
        return steps;
    }

    /** Held, or on through its minutes: there is an attendance and there are minutes to speak of. */
    public boolean hasTakenPlace() {
        return !isBeforeMeeting() && this != CANCELLED;
    }

    /** Invitees can still be added or told of changes only before the meeting is held. */
    public boolean isBeforeMeeting() {
        return this == DRAFT || this == CONVENED || this == POSTPONED;
    }
}
