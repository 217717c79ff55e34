package org.concerto.action;

import java.io.Serializable;

/** The actions of one organisation or one subject, counted by state in one grouped query, for the secretariat's overview. */
public class ActionTally implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long key;
    private final String name;
    private final long pending;
    private final long overdue;
    private final long awaitingConfirmation;
    private final long closed;

    public ActionTally(Long key, String name, Long pending, Long overdue, Long awaitingConfirmation, Long closed) {
        this.key = key;
        this.name = name;
        this.pending = pending == null ? 0 : pending;
        this.overdue = overdue == null ? 0 : overdue;
        this.awaitingConfirmation = awaitingConfirmation == null ? 0 : awaitingConfirmation;
        this.closed = closed == null ? 0 : closed;
    }

    /** A subject's tally. */
    public ActionTally(String name, Long pending, Long overdue, Long awaitingConfirmation, Long closed) {
        this(null, name, pending, overdue, awaitingConfirmation, closed);
    }

    /** The organisation's id (null for a subject, or for owners outside any organisation). */
    public Long getKey() {
        return key;
    }

    public String getName() {
        return name;
    }

    public long getPending() {
        return pending;
    }

    public long getOverdue() {
        return overdue;
    }

    public long getAwaitingConfirmation() {
        return awaitingConfirmation;
    }

    public long getClosed() {
        return closed;
    }
}
