package org.concerto.mail;

/**
 * Someone read a mail with a one-time account link in the outbox (its content or an attachment): fired by
 * {@link OutboxService} for the security log, which observes it (the mail package does not depend on security).
 */
public record AccountMailRead(long mailId, String recipient, String reader, String remoteAddress, String what) {}
