package org.concerto.minutes;

import java.io.Serializable;
import java.time.Instant;

/** What the verification page tells a visitor about a file or a hash. */
public class Verification implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Outcome {
        /** Exactly the bytes (or the content) of approved minutes Concerto issued. */
        AUTHENTIC,
        /** Carries a seal but is not a file Concerto issued (changed, or another key). */
        SEALED_UNKNOWN,
        /** Not minutes Concerto issued. */
        UNKNOWN,
        /** Not a SHA-256. */
        MALFORMED
    }

    private final Outcome outcome;
    private final String hash;
    private final String meetingTitle;
    private final int version;
    private final Instant meetingDate;
    private final Instant approvedAt;
    private final boolean publicCopy;

    Verification(
            Outcome outcome,
            String hash,
            String meetingTitle,
            int version,
            Instant meetingDate,
            Instant approvedAt,
            boolean publicCopy) {
        this.outcome = outcome;
        this.hash = hash;
        this.meetingTitle = meetingTitle;
        this.version = version;
        this.meetingDate = meetingDate;
        this.approvedAt = approvedAt;
        this.publicCopy = publicCopy;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public boolean isAuthentic() {
        return outcome == Outcome.AUTHENTIC;
    }

    public String getHash() {
        return hash;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public int getVersion() {
        return version;
    }

    public Instant getMeetingDate() {
        return meetingDate;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    /** For an authentic file: whether it is the public version. */
    public boolean isPublicCopy() {
        return publicCopy;
    }
}
