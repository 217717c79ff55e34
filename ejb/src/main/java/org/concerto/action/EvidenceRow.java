package org.concerto.action;

import java.io.Serializable;
import java.time.Instant;

/** An evidence file as the action's page lists it. */
public class EvidenceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String fileName;
    private final long size;
    private final Instant uploadedAt;
    private final String uploadedBy;

    public EvidenceRow(Long id, String fileName, long size, Instant uploadedAt, String uploadedBy) {
        this.id = id;
        this.fileName = fileName;
        this.size = size;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public long getKilobytes() {
        return Math.max(1, (size + 1023) / 1024);
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
