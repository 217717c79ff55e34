package org.concerto.convening;

/** The mails an invitee receives about a meeting. */
enum NoticeKind {
    /** The notice of meeting, with the calendar invitation. */
    CONVENE,
    /** The notice sent to a colleague named as substitute. */
    SUBSTITUTE,
    /** The meeting moves: new date, updated calendar invitation. */
    POSTPONE,
    /** The meeting is called off: the calendar cancellation. */
    CANCEL,
    /** The invitee has not answered yet. */
    REMIND;

    String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
