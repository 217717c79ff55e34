package org.concerto.contribution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** The submission form: a new contribution, or a new version of one (then {@code contributionId} is set). */
public class SubmissionDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long contributionId;
    private Long itemId;
    private boolean onBehalfOfOrganisation;

    @NotBlank @Size(max = Contribution.TITLE_LENGTH) private String title;

    private Visibility visibility = Visibility.PARTICIPANTS;
    private String statementHtml;
    private boolean noInterests;

    @Size(max = Disclosure.TEXT_LENGTH) private String disclosure;

    private VersionKind kind = VersionKind.MAIN;

    public Long getContributionId() {
        return contributionId;
    }

    public void setContributionId(Long contributionId) {
        this.contributionId = contributionId;
    }

    public Long getItemId() {
        return itemId;
    }

    public void setItemId(Long itemId) {
        this.itemId = itemId;
    }

    public boolean isOnBehalfOfOrganisation() {
        return onBehalfOfOrganisation;
    }

    public void setOnBehalfOfOrganisation(boolean onBehalfOfOrganisation) {
        this.onBehalfOfOrganisation = onBehalfOfOrganisation;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public void setVisibility(Visibility visibility) {
        this.visibility = visibility;
    }

    public String getStatementHtml() {
        return statementHtml;
    }

    public void setStatementHtml(String statementHtml) {
        this.statementHtml = statementHtml;
    }

    public boolean isNoInterests() {
        return noInterests;
    }

    public void setNoInterests(boolean noInterests) {
        this.noInterests = noInterests;
    }

    public String getDisclosure() {
        return disclosure;
    }

    public void setDisclosure(String disclosure) {
        this.disclosure = disclosure;
    }

    public VersionKind getKind() {
        return kind;
    }

    public void setKind(VersionKind kind) {
        this.kind = kind;
    }
}
