package org.concerto.minutes;

import java.io.Serializable;
import java.time.Instant;

/** One kept version in the list of versions. */
public class VersionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int number;
    private final Minutes.Stage stage;
    private final String reason;
    private final Instant createdAt;
    private final String createdBy;
    private final String contentHash;
    private final String fileHash;

    public VersionRow(
            int number,
            Minutes.Stage stage,
            String reason,
            Instant createdAt,
            String createdBy,
            String contentHash,
            String fileHash) {
        this.number = number;
        this.stage = stage;
        this.reason = reason;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.contentHash = contentHash;
        this.fileHash = fileHash;
    }

    public int getNumber() {
        return number;
    }

    public Minutes.Stage getStage() {
        return stage;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getContentHash() {
        return contentHash;
    }

    public String getFileHash() {
        return fileHash;
    }
}
