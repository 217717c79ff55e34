package org.concerto.participant;

import java.io.Serializable;

/** One row of the organisations list, read by a JPQL constructor expression (a class: EL 5 cannot read records). */
public class OrganisationRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String name;
    private final String acronym;
    private final StakeholderCategory category;
    private final long peopleCount;

    public OrganisationRow(Long id, String name, String acronym, StakeholderCategory category, long peopleCount) {
        this.id = id;
        this.name = name;
        this.acronym = acronym;
        this.category = category;
        this.peopleCount = peopleCount;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getAcronym() {
        return acronym;
    }

    public StakeholderCategory getCategory() {
        return category;
    }

    public long getPeopleCount() {
        return peopleCount;
    }

    /** "Association Française des Diabétiques (AFD)" or just the name. */
    public String getDisplayName() {
        return acronym == null ? name : name + " (" + acronym + ")";
    }
}
