package org.concerto.action;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.concerto.files.StoredFile;
import org.concerto.shared.AbstractEntity;

import java.time.Instant;
import java.util.Objects;

/** A file an owner gives to show an action is done (a supply report, a letter), with its fingerprint and who gave it. */
@Entity
@Table(name = "action_evidence")
public class ActionEvidence extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id", nullable = false)
    private ActionItem action;

    @Column(name = "file_name", nullable = false, length = 150)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, unique = true, length = 36)
    private String storageKey;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    protected ActionEvidence() {
        // for JPA
    }

    ActionEvidence(ActionItem action, StoredFile file, Instant uploadedAt, String uploadedBy) {
        this.action = Objects.requireNonNull(action);
        this.fileName = file.fileName();
        this.contentType = file.contentType();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public ActionItem getAction() {
        return action;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public String getStorageKey() {
        return storageKey;
    }
}
