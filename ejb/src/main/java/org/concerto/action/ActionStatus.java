package org.concerto.action;

/** Where an action stands. Overdue is not a status: it is computed from the due date and the clock. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    /** Reported done; closed once the secretariat confirms it. */
    DONE,
    CANCELLED;

    /** Still to be worked on: the only states in which an action can be overdue or reminded. */
    public boolean isPending() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
