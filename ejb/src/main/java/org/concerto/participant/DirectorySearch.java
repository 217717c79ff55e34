package org.concerto.participant;

import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * What a directory list asks for: a text (name, acronym or e-mail), an organisation, a category, and the
 * order. Paging is passed beside it.
 */
public class DirectorySearch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The columns a directory list may be sorted by; the service maps each to a fixed JPQL path, never to user text. */
    public enum Sort {
        NAME,
        ORGANISATION,
        CATEGORY,
        EMAIL
    }

    /** The longest text searched for. */
    public static final int TEXT_LENGTH = 100;

    @Size(max = DirectorySearch.TEXT_LENGTH) private String text;

    private Long organisationId;
    private StakeholderCategory category;
    private Sort sort = Sort.NAME;
    private boolean ascending = true;

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public StakeholderCategory getCategory() {
        return category;
    }

    public void setCategory(StakeholderCategory category) {
        this.category = category;
    }

    public Sort getSort() {
        return sort;
    }

    public void setSort(Sort sort) {
        this.sort = sort == null ? Sort.NAME : sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }
}
