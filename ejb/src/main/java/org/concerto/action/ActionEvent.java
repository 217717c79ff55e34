package org.concerto.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.concerto.shared.AbstractEntity;

/** One line of an action's history: what changed, from which status to which, with the note or reason, who and when. */
@Entity
@Table(name = "action_event")
public class ActionEvent extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private ActionItem action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionEventKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 20)
    private ActionStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 20)
    private ActionStatus toStatus;

    @Size(max = ActionItem.NOTE_LENGTH) @Column(length = ActionItem.NOTE_LENGTH)
    private String note;

    @Column(nullable = false)
    private Instant at;

    @Column(name = "by_login", nullable = false, length = 100)
    private String byLogin;

    @Column(name = "by_name", nullable = false, length = 250)
    private String byName;

    protected ActionEvent() {
        // for JPA
    }

    ActionEvent(
            ActionItem action,
            ActionEventKind kind,
            ActionStatus fromStatus,
            ActionStatus toStatus,
            String note,
            Actor by,
            Instant at) {
        this.action = Objects.requireNonNull(action);
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
        this.byLogin = by.login();
        this.byName = by.name().length() > 250 ? by.name().substring(0, 250) : by.name();
        this.at = at;
    }

    public ActionEventKind getKind() {
        return kind;
    }

    public ActionStatus getFromStatus() {
        return fromStatus;
    }

    public ActionStatus getToStatus() {
        return toStatus;
    }

    public String getNote() {
        return note;
    }

    public Instant getAt() {
        return at;
    }

    public String getByName() {
        return byName;
    }
}
