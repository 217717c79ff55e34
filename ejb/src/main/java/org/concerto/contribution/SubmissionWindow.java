package org.concerto.contribution;

import java.time.Instant;
import org.concerto.shared.BusinessException;

/**
 * When one person may submit to one meeting: until the deadline, or after it until the time the
 * secretariat reopened submissions for them (such submissions are late).
 */
public final class SubmissionWindow {

    private final Instant deadline;
    private final Instant reopenedUntil;

    public SubmissionWindow(Instant deadline, Instant reopenedUntil) {
        this.deadline = deadline;
        this.reopenedUntil = reopenedUntil;
    }

    /** Whether a submission at {@code now} is late; refused when the window is closed. */
    public boolean requireOpen(Instant now) {
        if (!now.isAfter(deadline)) {
            return false;
        }
        if (reopenedUntil != null && !now.isAfter(reopenedUntil)) {
            return true;
        }
        throw new BusinessException("error.contribution.deadlinePassed");
    }

    public boolean isOpen(Instant now) {
        return !now.isAfter(deadline) || (reopenedUntil != null && !now.isAfter(reopenedUntil));
    }

    public Instant getDeadline() {
        return deadline;
    }

    public Instant getReopenedUntil() {
        return reopenedUntil;
    }
}
