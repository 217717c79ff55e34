package org.concerto.mail;

import java.time.Instant;
import org.concerto.participant.Language;

/** One mail as the outbox page lists it: no body, no attachment content. */
public class OutboxRow {

    private final Long id;
    private final String recipient;
    private final Language language;
    private final String subject;
    private final DeliveryState state;
    private final Instant createdAt;
    private final int attempts;
    private final Instant nextAttemptAt;
    private final String lastError;
    private final Instant sentAt;
    private final long attachmentCount;
    private final Instant linkExpiresAt;

    public OutboxRow(
            Long id,
            String recipient,
            Language language,
            String subject,
            DeliveryState state,
            Instant createdAt,
            int attempts,
            Instant nextAttemptAt,
            String lastError,
            Instant sentAt,
            long attachmentCount,
            Instant linkExpiresAt) {
        this.id = id;
        this.recipient = recipient;
        this.language = language;
        this.subject = subject;
        this.state = state;
        this.createdAt = createdAt;
        this.attempts = attempts;
        this.nextAttemptAt = nextAttemptAt;
        this.lastError = lastError;
        this.sentAt = sentAt;
        this.attachmentCount = attachmentCount;
        this.linkExpiresAt = linkExpiresAt;
    }

    /** The row as of that instant: a mail not sent whose account link has expired shows as expired. */
    OutboxRow asOf(Instant now) {
        if (linkExpiresAt == null || state == DeliveryState.SENT || linkExpiresAt.isAfter(now)) {
            return this;
        }
        return new OutboxRow(
                id,
                recipient,
                language,
                subject,
                DeliveryState.EXPIRED,
                createdAt,
                attempts,
                nextAttemptAt,
                lastError,
                sentAt,
                attachmentCount,
                linkExpiresAt);
    }

    /** Whether the mail carries a one-time account link (its token is masked in the outbox). */
    public boolean isAccountMail() {
        return linkExpiresAt != null;
    }

    public Instant getLinkExpiresAt() {
        return linkExpiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public Language getLanguage() {
        return language;
    }

    public String getSubject() {
        return subject;
    }

    public DeliveryState getState() {
        return state;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public long getAttachmentCount() {
        return attachmentCount;
    }
}
