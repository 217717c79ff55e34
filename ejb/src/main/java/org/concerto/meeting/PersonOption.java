package org.concerto.meeting;

import java.io.Serializable;

/** A person offered for invitation: enough to choose them without a second look-up. */
public class PersonOption implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String displayName;
    private final String organisationName;
    private final String email;

    public PersonOption(Long id, String firstName, String lastName, String organisationName, String email) {
        this.id = id;
        this.displayName = firstName + " " + lastName;
        this.organisationName = organisationName;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getOrganisationName() {
        return organisationName;
    }

    public String getEmail() {
        return email;
    }

    /** "Marie-Thérèse Lambert (AVPI)" */
    public String getLabel() {
        return organisationName == null ? displayName : displayName + " – " + organisationName;
    }
}
