package org.concerto.audit;

import java.time.Instant;
import java.util.List;

/**
 * One change of one audited record in a revision: when, who, what kind of record, which one, whether it
 * was added, changed or removed, and the fields that differ from its previous revision.
 */
public class HistoryEntry {

    private final long revision;
    private final Instant changedAt;
    private final String login;
    private final String recordKind;
    private final String record;
    private final String change;
    private final String changeType;
    private final List<FieldChange> changes;

    HistoryEntry(
            long revision,
            Instant changedAt,
            String login,
            String recordKind,
            String record,
            String change,
            String changeType,
            List<FieldChange> changes) {
        this.revision = revision;
        this.changedAt = changedAt;
        this.login = login;
        this.recordKind = recordKind;
        this.record = record;
        this.change = change;
        this.changeType = changeType;
        this.changes = List.copyOf(changes);
    }

    public long getRevision() {
        return revision;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getLogin() {
        return login;
    }

    /** "Meeting", "Agenda item"… in the reader's language. */
    public String getRecordKind() {
        return recordKind;
    }

    /** Which one: the meeting's title, the invitee's name, the document's file name. */
    public String getRecord() {
        return record;
    }

    /** Added, changed or removed, in the reader's language. */
    public String getChange() {
        return change;
    }

    /** ADD, MOD or DEL, for the page's styles. */
    public String getChangeType() {
        return changeType;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}
