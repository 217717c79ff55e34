package org.concerto.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.concerto.files.FileKind;
import org.concerto.files.StoredFile;
import org.concerto.shared.AbstractEntity;

/** A file of one contribution version (PDF, DOCX or ODT), checked on arrival and kept under a random key. */
@Entity
@Table(name = "contribution_file")
public class ContributionFile extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contribution_version_id", nullable = false)
    private ContributionVersion contributionVersion;

    @Column(nullable = false)
    private int position;

    @Column(name = "file_name", nullable = false, length = 150)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FileKind kind;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, unique = true, length = 36)
    private String storageKey;

    protected ContributionFile() {
        // for JPA
    }

    ContributionFile(ContributionVersion version, int position, StoredFile file) {
        this.contributionVersion = version;
        this.position = position;
        this.fileName = file.fileName();
        this.kind = file.kind();
        this.size = file.size();
        this.sha256 = file.sha256();
        this.storageKey = file.storageKey();
    }

    public ContributionVersion getContributionVersion() {
        return contributionVersion;
    }

    public String getFileName() {
        return fileName;
    }

    public FileKind getKind() {
        return kind;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public String getStorageKey() {
        return storageKey;
    }
}
