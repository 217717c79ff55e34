package org.concerto.contribution;

import java.util.List;

/**
 * A contribution as one reader may see it: its description, its review, and the version shown to that
 * reader (the newest for its author and the secretariat, the participants' or the public one for others).
 */
public class ContributionRow {

    private final Long id;
    private final long version;
    private final Long itemId;
    private final Integer itemNumber;
    private final String itemTitle;
    private final String title;
    private final Long authorId;
    private final String authorName;
    private final String organisationName;
    private final Visibility visibility;
    private final ContributionStatus status;
    private final String reviewComment;
    private final boolean distributed;
    private final int versionCount;
    private final VersionRow shown;

    ContributionRow(Contribution contribution, Integer itemNumber, VersionRow shown) {
        this.id = contribution.getId();
        this.version = contribution.getVersion();
        this.itemId = contribution.getAgendaItem() == null
                ? null
                : contribution.getAgendaItem().getId();
        this.itemNumber = itemNumber;
        this.itemTitle = contribution.getAgendaItem() == null
                ? null
                : contribution.getAgendaItem().getTitle();
        this.title = contribution.getTitle();
        this.authorId = contribution.getAuthor().getId();
        this.authorName = contribution.getAuthor().getDisplayName();
        this.organisationName = contribution.getOnBehalfOf() == null
                ? null
                : contribution.getOnBehalfOf().getName();
        this.visibility = contribution.getVisibility();
        this.status = contribution.getStatus();
        this.reviewComment = contribution.getReviewComment();
        this.distributed = contribution.getDistributedAt() != null;
        this.versionCount = contribution.getVersions().size();
        this.shown = shown;
    }

    public Long getId() {
        return id;
    }

    /** The contribution's version for optimistic locking of review and withdrawal forms. */
    public long getVersion() {
        return version;
    }

    public Long getItemId() {
        return itemId;
    }

    public Integer getItemNumber() {
        return itemNumber;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public String getTitle() {
        return title;
    }

    public Long getAuthorId() {
        return authorId;
    }

    public String getAuthorName() {
        return authorName;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public boolean isDistributed() {
        return distributed;
    }

    public int getVersionCount() {
        return versionCount;
    }

    public VersionRow getShown() {
        return shown;
    }

    public List<FileRow> getFiles() {
        return shown == null ? List.of() : shown.getFiles();
    }

    public boolean isLate() {
        return shown != null && shown.isLate();
    }
}
