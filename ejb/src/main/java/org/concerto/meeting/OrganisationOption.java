package org.concerto.meeting;

import java.io.Serializable;
import org.concerto.participant.StakeholderCategory;

/** An organisation offered for inviting its delegates. */
public class OrganisationOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String name;
    private final StakeholderCategory category;

    public OrganisationOption(Long id, String name, StakeholderCategory category) {
        this.id = id;
        this.name = name;
        this.category = category;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public StakeholderCategory getCategory() {
        return category;
    }
}
