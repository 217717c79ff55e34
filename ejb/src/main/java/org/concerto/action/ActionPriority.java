package org.concerto.action;

/** How urgent the secretariat considers an action; declared from least to most urgent, the order they sort in. */
public enum ActionPriority {
    LOW,
    NORMAL,
    HIGH
}
