package org.concerto.contribution;

import java.time.Instant;
import java.util.List;

/** One version of a contribution, as its author and the secretariat see it: number, kind, fingerprint, who and when. */
public class VersionRow {

    private final Long id;
    private final int number;
    private final VersionKind kind;
    private final String sha256;
    private final String submittedBy;
    private final Instant submittedAt;
    private final boolean late;
    private final String statementHtml;
    private final String disclosure;
    private final boolean noInterests;
    private final List<FileRow> files;

    VersionRow(ContributionVersion version, List<FileRow> files) {
        this.id = version.getId();
        this.number = version.getNumber();
        this.kind = version.getKind();
        this.sha256 = version.getSha256();
        this.submittedBy = version.getSubmittedBy();
        this.submittedAt = version.getSubmittedAt();
        this.late = version.isLate();
        this.statementHtml = version.getStatement().html();
        this.disclosure = version.getDisclosure();
        this.noInterests = version.isNoInterests();
        this.files = files;
    }

    public Long getId() {
        return id;
    }

    public int getNumber() {
        return number;
    }

    public VersionKind getKind() {
        return kind;
    }

    public boolean isRedacted() {
        return kind == VersionKind.PUBLIC_REDACTED;
    }

    public String getSha256() {
        return sha256;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public boolean isLate() {
        return late;
    }

    /** Sanitised when it was stored (see {@link Statement}): safe to render as HTML. */
    public String getStatementHtml() {
        return statementHtml;
    }

    public String getDisclosure() {
        return disclosure;
    }

    public boolean isNoInterests() {
        return noInterests;
    }

    public List<FileRow> getFiles() {
        return files;
    }
}
