package org.concerto.participant;

import java.io.Serializable;

/** A line of an import file that passed every check: the person it will become. */
public class ImportedPerson implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final String firstName;
    private final String lastName;
    private final String email;
    private final String jobTitle;
    private final Language language;
    private final Long organisationId;
    private final String organisationName;

    ImportedPerson(int line, Person person, OrganisationRow organisation) {
        this.line = line;
        this.firstName = person.getFirstName();
        this.lastName = person.getLastName();
        this.email = person.getEmail();
        this.jobTitle = person.getJobTitle();
        this.language = person.getPreferredLanguage();
        this.organisationId = organisation == null ? null : organisation.getId();
        this.organisationName = organisation == null ? null : organisation.getName();
    }

    public int getLine() {
        return line;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Language getLanguage() {
        return language;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getOrganisationName() {
        return organisationName;
    }
}
