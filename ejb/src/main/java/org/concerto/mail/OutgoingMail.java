package org.concerto.mail;

import java.util.ArrayList;
import java.util.List;
import org.concerto.participant.Language;

/** A mail as a service writes it, before it enters the outbox: to one person, in their language. */
public final class OutgoingMail {

    private final String recipient;
    private final Language language;
    private final String subject;
    private final String textBody;
    private final String htmlBody;
    private final List<MailAttachment> attachments = new ArrayList<>();
    private java.time.Instant linkExpiresAt;

    public OutgoingMail(String recipient, Language language, String subject, String textBody, String htmlBody) {
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.textBody = textBody;
        this.htmlBody = htmlBody;
    }

    public OutgoingMail attach(String fileName, String contentType, byte[] content) {
        attachments.add(new MailAttachment(fileName, contentType, content));
        return this;
    }

    /**
     * Marks a mail that carries a one-time account link (invitation, reset) valid until {@code expiresAt}: it leaves
     * before the other mails, never once its link expired, and the outbox view masks its link.
     */
    public OutgoingMail accountLink(java.time.Instant expiresAt) {
        this.linkExpiresAt = java.util.Objects.requireNonNull(expiresAt);
        return this;
    }

    OutboxMail toOutboxMail(boolean held, java.time.Clock clock) {
        return new OutboxMail(
                recipient, language, subject, textBody, htmlBody, attachments, linkExpiresAt, held, clock);
    }
}
