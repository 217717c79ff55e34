package org.concerto.meeting;

/** What an agenda item is for. */
public enum AgendaItemKind {
    INFORMATION,
    DISCUSSION,
    CONSULTATION,
    DECISION
}
