package org.concerto.mail;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.concerto.participant.EmailAddresses;
import org.concerto.participant.Language;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.Texts;

/**
 * One mail in the outbox, from the moment a service wrote it until the mail server accepted it. It
 * keeps its attempts and the last error, so that the secretariat can see why a mail has not left yet.
 */
@Entity
@Table(name = "outbox_mail")
public class OutboxMail extends AbstractEntity {

    public static final int SUBJECT_LENGTH = 300;
    public static final int TEXT_LENGTH = 100_000;
    public static final int HTML_LENGTH = 200_000;
    static final int ERROR_LENGTH = 1000;

    @Column(nullable = false, length = EmailAddresses.LENGTH)
    private String recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language;

    @Column(nullable = false, length = SUBJECT_LENGTH)
    private String subject;

    @Column(name = "text_body", nullable = false, length = TEXT_LENGTH)
    private String textBody;

    @Column(name = "html_body", length = HTML_LENGTH)
    private String htmlBody;

    @ElementCollection
    @CollectionTable(name = "outbox_attachment", joinColumns = @JoinColumn(name = "mail_id"))
    @OrderColumn(name = "position", nullable = false)
    private List<MailAttachment> attachments = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DeliveryState state;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** Set on a mail with a one-time account link: it expires then (see {@link OutgoingMail#accountLink}). */
    @Column(name = "link_expires_at")
    private Instant linkExpiresAt;

    protected OutboxMail() {
        // for JPA
    }

    /**
     * A mail written now; {@code held} when no mail server is configured, so that the outbox says so
     * from the start instead of showing it as about to leave.
     */
    public OutboxMail(
            String recipient,
            Language language,
            String subject,
            String textBody,
            String htmlBody,
            List<MailAttachment> attachments,
            Instant linkExpiresAt,
            boolean held,
            Clock clock) {
        this.recipient = EmailAddresses.normalise(recipient);
        this.language = language == null ? Language.FR : language;
        this.subject = Texts.required(subject, "subject", SUBJECT_LENGTH);
        this.textBody = Texts.required(textBody, "textBody", TEXT_LENGTH);
        this.htmlBody = Texts.optional(htmlBody, "htmlBody", HTML_LENGTH);
        this.attachments.addAll(attachments);
        this.linkExpiresAt = linkExpiresAt;
        this.state = held ? DeliveryState.HELD : DeliveryState.PENDING;
        this.createdAt = clock.instant();
        this.nextAttemptAt = createdAt;
    }

    /** Whether an attempt is due at that instant: not sent yet, and its back-off is over. */
    public boolean isDue(Instant instant) {
        return state != DeliveryState.SENT && state != DeliveryState.EXPIRED && !nextAttemptAt.isAfter(instant);
    }

    /** Whether it carries an account link that has expired at that instant, so that it must not leave. */
    public boolean linkExpired(Instant instant) {
        return linkExpiresAt != null && !linkExpiresAt.isAfter(instant);
    }

    /** Its link expired before it could leave: it never will. */
    public void expired() {
        state = DeliveryState.EXPIRED;
    }

    /** Whether it carries a one-time account link (invitation, reset). */
    public boolean isAccountMail() {
        return linkExpiresAt != null;
    }

    public Instant getLinkExpiresAt() {
        return linkExpiresAt;
    }

    /** The mail server accepted it: it never leaves again. */
    public void delivered(Clock clock) {
        attempts++;
        state = DeliveryState.SENT;
        sentAt = clock.instant();
        lastError = null;
    }

    /** The attempt failed: the error is kept and the next attempt waits longer each time. */
    public void failed(String error, Clock clock) {
        attempts++;
        state = DeliveryState.PENDING;
        String text = Objects.toString(error, "?");
        lastError = text.length() > ERROR_LENGTH ? text.substring(0, ERROR_LENGTH) : text;
        nextAttemptAt = clock.instant().plus(RetryPolicy.backOff(attempts));
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

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public List<MailAttachment> getAttachments() {
        return Collections.unmodifiableList(attachments);
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
}
