package org.concerto.meeting;

/** An invitee's answer to their invitation. */
public enum InvitationResponse {
    /** Not answered yet: the secretariat may remind them. */
    PENDING,
    ACCEPTED,
    DECLINED,
    /** Sends a colleague of the same organisation, who is invited in their place. */
    SUBSTITUTED
}
