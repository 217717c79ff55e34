package org.concerto.action;

import java.io.Serializable;
import java.util.List;

/** The page of one action: the action, its history and evidence, and what the caller may do with it. */
public class ActionDetails implements Serializable {

    private static final long serialVersionUID = 1L;

    private final ActionRow action;
    private final long version;
    private final List<HistoryRow> history;
    private final List<EvidenceRow> evidence;
    private final boolean reportable;
    private final boolean manageable;

    ActionDetails(
            ActionRow action,
            long version,
            List<HistoryRow> history,
            List<EvidenceRow> evidence,
            boolean reportable,
            boolean manageable) {
        this.action = action;
        this.version = version;
        this.history = history;
        this.evidence = evidence;
        this.reportable = reportable;
        this.manageable = manageable;
    }

    public ActionRow getAction() {
        return action;
    }

    public long getVersion() {
        return version;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public List<EvidenceRow> getEvidence() {
        return evidence;
    }

    /** The caller may report progress and add evidence: an owner (or the secretariat), while the action is not closed. */
    public boolean isReportable() {
        return reportable;
    }

    /** The caller is the secretariat: may revise, confirm, reopen and cancel. */
    public boolean isManageable() {
        return manageable;
    }
}
