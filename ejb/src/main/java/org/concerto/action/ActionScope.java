package org.concerto.action;

/** Which actions a list shows by their state. */
public enum ActionScope {
    /** Not closed: open, in progress, or reported done and waiting for confirmation. */
    PENDING,
    OVERDUE,
    AWAITING_CONFIRMATION,
    CLOSED,
    ALL
}
