package org.concerto.contribution;

/** Who reads an accepted contribution. */
public enum Visibility {
    /** Every invitee of the meeting. */
    PARTICIPANTS,
    /** The secretariat only (a redacted public version may still be shared). */
    SECRETARIAT,
    /** Every invitee, and the public once the meeting is published. */
    PUBLIC
}
