package org.concerto.contribution;

import java.time.Instant;

/** What the meeting page says about submitting: the deadline, a reopening for the caller, and whether they may submit now. */
public class SubmissionState {

    private final Instant deadline;
    private final Instant reopenedUntil;
    private final boolean canSubmit;
    private final boolean closed;

    SubmissionState(Instant deadline, Instant reopenedUntil, boolean canSubmit, boolean closed) {
        this.deadline = deadline;
        this.reopenedUntil = reopenedUntil;
        this.canSubmit = canSubmit;
        this.closed = closed;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getReopenedUntil() {
        return reopenedUntil;
    }

    /** The caller is an invitee, the meeting takes contributions, and the window is open for them. */
    public boolean isCanSubmit() {
        return canSubmit;
    }

    /** The deadline has passed (for the caller, unless reopened). */
    public boolean isClosed() {
        return closed;
    }
}
