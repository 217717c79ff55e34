package org.concerto.contribution;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import org.concerto.files.StoredFile;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One version of a contribution, never changed once submitted: its statement, its files, the author's
 * disclosure, who sent it and when, whether it came after the deadline, and a SHA-256 of the whole
 * (the statement and the files' own SHA-256, in order) that anyone can check.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "contribution_version")
public class ContributionVersion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contribution_id", nullable = false)
    private Contribution contribution;

    @Column(nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VersionKind kind;

    @Size(max = Statement.MAX_LENGTH) @Column(name = "statement_html", length = Statement.MAX_LENGTH)
    private String statementHtml;

    @Size(max = Disclosure.TEXT_LENGTH) @Column(length = Disclosure.TEXT_LENGTH)
    private String disclosure;

    @Column(name = "no_interests", nullable = false)
    private boolean noInterests;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(nullable = false)
    private boolean late;

    @Column(nullable = false, length = 64)
    private String sha256;

    @NotAudited
    @OneToMany(mappedBy = "contributionVersion", cascade = CascadeType.ALL)
    @OrderBy("position")
    private List<ContributionFile> files = new ArrayList<>();

    protected ContributionVersion() {
        // for JPA
    }

    ContributionVersion(
            Contribution contribution,
            int number,
            VersionKind kind,
            Statement statement,
            Disclosure disclosure,
            String submittedBy,
            Instant now,
            boolean late) {
        this.contribution = contribution;
        this.number = number;
        this.kind = kind == null ? VersionKind.MAIN : kind;
        this.statementHtml = statement.html();
        this.noInterests = disclosure.none();
        this.disclosure = disclosure.text();
        this.submittedBy = submittedBy;
        this.submittedAt = now;
        this.late = late;
        this.sha256 = fingerprint();
    }

    /** Adds the version's files, checked and kept; a version needs a statement or at least one file. */
    public void attach(List<StoredFile> stored) {
        for (StoredFile file : stored) {
            files.add(new ContributionFile(this, files.size(), file));
        }
        if (statementHtml == null && files.isEmpty()) {
            throw new BusinessException("error.contribution.empty");
        }
        this.sha256 = fingerprint();
    }

    private String fingerprint() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((statementHtml == null ? "" : statementHtml).getBytes(StandardCharsets.UTF_8));
            for (ContributionFile file : files) {
                digest.update(file.getFile().sha256().getBytes(StandardCharsets.US_ASCII));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Contribution getContribution() {
        return contribution;
    }

    public int getNumber() {
        return number;
    }

    public VersionKind getKind() {
        return kind;
    }

    public Statement getStatement() {
        return Statement.stored(statementHtml);
    }

    public String getDisclosure() {
        return disclosure;
    }

    public boolean isNoInterests() {
        return noInterests;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public boolean isLate() {
        return late;
    }

    public String getSha256() {
        return sha256;
    }

    public List<ContributionFile> getFiles() {
        return Collections.unmodifiableList(files);
    }
}
