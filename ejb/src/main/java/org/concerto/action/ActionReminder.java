package org.concerto.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.Objects;
import org.concerto.shared.AbstractEntity;

/**
 * A reminder mailed to an action's owner. Written in the same transaction as the mail enters the
 * outbox; the unique (action, reason) constraint is the guarantee that no restart or second timer
 * mails the same reminder twice.
 */
@Entity
@Table(
        name = "action_reminder",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_action_reminder",
                        columnNames = {"action_id", "reason"}))
public class ActionReminder extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private ActionItem action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ReminderReason reason;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected ActionReminder() {
        // for JPA
    }

    ActionReminder(ActionItem action, ReminderReason reason, Instant sentAt) {
        this.action = Objects.requireNonNull(action);
        this.reason = Objects.requireNonNull(reason);
        this.sentAt = sentAt;
    }

    public ReminderReason getReason() {
        return reason;
    }
}
