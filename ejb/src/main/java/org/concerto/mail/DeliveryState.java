package org.concerto.mail;

/** Where a mail of the outbox is on its way out. */
public enum DeliveryState {
    /** Waiting for its first attempt, or for the next one after a failure. */
    PENDING,
    /** Kept in the outbox: no mail server is configured (CONCERTO_SMTP_HOST). It leaves once one is. */
    HELD,
    /** Accepted by the mail server. */
    SENT,
    /** Never sent: the one-time account link it carries expired before it could leave. */
    EXPIRED
}
