package org.concerto.action;

/** What a line of an action's history records. */
public enum ActionEventKind {
    RECORDED,
    REVISED,
    STATUS,
    NOTE,
    EVIDENCE,
    CONFIRMED,
    REOPENED,
    CANCELLED
}
