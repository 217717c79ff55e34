package org.concerto.contribution;

/**
 * An accepted contribution in agenda order, for features that list them (the minutes' annexes):
 * what it is, who sent it, on which item, and the version that was accepted.
 */
public class AcceptedContribution {

    private final Long id;
    private final Integer itemNumber;
    private final String itemTitle;
    private final String title;
    private final String authorName;
    private final String organisationName;
    private final Visibility visibility;
    private final int versionNumber;
    private final String sha256;

    AcceptedContribution(ContributionRow row) {
        this.id = row.getId();
        this.itemNumber = row.getItemNumber();
        this.itemTitle = row.getItemTitle();
        this.title = row.getTitle();
        this.authorName = row.getAuthorName();
        this.organisationName = row.getOrganisationName();
        this.visibility = row.getVisibility();
        this.versionNumber = row.getShown().getNumber();
        this.sha256 = row.getShown().getSha256();
    }

    public Long getId() {
        return id;
    }

    /** Null for a contribution to the meeting as a whole (listed first). */
    public Integer getItemNumber() {
        return itemNumber;
    }

    public String getItemTitle() {
        return itemTitle;
    }

    public String getTitle() {
        return title;
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

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getSha256() {
        return sha256;
    }
}
