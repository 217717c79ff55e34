package org.concerto.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * An organisation as its form edits it. Carries the version it was read at, so that saving over
 * someone else's newer change is refused instead of overwriting it.
 */
public class OrganisationForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank @Size(max = Organisation.NAME_LENGTH) private String name;

    @Size(max = Organisation.ACRONYM_LENGTH) private String acronym;

    private StakeholderCategory category;

    public OrganisationForm() {}

    OrganisationForm(Organisation organisation) {
        this.id = organisation.getId();
        this.version = organisation.getVersion();
        this.name = organisation.getName();
        this.acronym = organisation.getAcronym();
        this.category = organisation.getCategory();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public StakeholderCategory getCategory() {
        return category;
    }

    public void setCategory(StakeholderCategory category) {
        this.category = category;
    }
}
