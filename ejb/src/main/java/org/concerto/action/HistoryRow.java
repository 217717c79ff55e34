package org.concerto.action;

import java.io.Serializable;
import java.time.Instant;

/** One line of an action's history as its page shows it. */
public class HistoryRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Instant at;
    private final String byName;
    private final ActionEventKind kind;
    private final ActionStatus fromStatus;
    private final ActionStatus toStatus;
    private final String note;

    public HistoryRow(
            Instant at,
            String byName,
            ActionEventKind kind,
            ActionStatus fromStatus,
            ActionStatus toStatus,
            String note) {
        this.at = at;
        this.byName = byName;
        this.kind = kind;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.note = note;
    }

    public Instant getAt() {
        return at;
    }

    public String getByName() {
        return byName;
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
}
