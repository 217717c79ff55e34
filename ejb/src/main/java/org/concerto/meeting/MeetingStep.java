package org.concerto.meeting;

/**
 * What the secretariat may do to a meeting as a whole. The meeting answers which steps are possible now
 * ({@link Meeting#possibleSteps}, {@link MeetingDetails#possibleSteps}); pages show a button per possible
 * step rather than spelling statuses.
 */
public enum MeetingStep {
    CONVENE,
    POSTPONE,
    CANCEL,
    MARK_HELD,
    REMIND,
    UNINVITE,
    DELETE,
    START_MINUTES,
    OPEN_MINUTES_REVIEW
}
