package org.concerto.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
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

    @Embedded
    private StoredFile file;

    protected ContributionFile() {
        // for JPA
    }

    ContributionFile(ContributionVersion version, int position, StoredFile file) {
        this.contributionVersion = version;
        this.position = position;
        this.file = file;
    }

    public ContributionVersion getContributionVersion() {
        return contributionVersion;
    }

    public StoredFile getFile() {
        return file;
    }
}
