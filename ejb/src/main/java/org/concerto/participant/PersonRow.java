package org.concerto.participant;

/** One row of the people list, read by a JPQL constructor expression (a class: EL 5 cannot read records). */
public class PersonRow {

    private final Long id;
    private final String firstName;
    private final String lastName;
    private final String email;
    private final String jobTitle;
    private final Language language;
    private final String organisationName;
    private final StakeholderCategory category;

    public PersonRow(
            Long id,
            String firstName,
            String lastName,
            String email,
            String jobTitle,
            Language language,
            String organisationName,
            StakeholderCategory category) {
        this.id = id;
        this.firstName = firstName;
        this.lastName = lastName;
        this.email = email;
        this.jobTitle = jobTitle;
        this.language = language;
        this.organisationName = organisationName;
        this.category = category;
    }

    public Long getId() {
        return id;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
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

    public String getOrganisationName() {
        return organisationName;
    }

    public StakeholderCategory getCategory() {
        return category;
    }
}
