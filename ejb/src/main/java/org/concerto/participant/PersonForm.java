package org.concerto.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A person as their form edits them. Carries the version they were read at, so that saving over
 * someone else's newer change is refused instead of overwriting it.
 */
public class PersonForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank @Size(max = Person.NAME_LENGTH) private String firstName;

    @NotBlank @Size(max = Person.NAME_LENGTH) private String lastName;

    @NotBlank @Size(max = EmailAddresses.LENGTH) private String email;

    @Size(max = Person.TITLE_LENGTH) private String jobTitle;

    private Language language = Language.FR;
    private Long organisationId;
    /** Minutes: may be named in published minutes. */
    private boolean publicNameConsent;

    public PersonForm() {}

    PersonForm(Person person) {
        this.id = person.getId();
        this.version = person.getVersion();
        this.firstName = person.getFirstName();
        this.lastName = person.getLastName();
        this.email = person.getEmail();
        this.jobTitle = person.getJobTitle();
        this.language = person.getPreferredLanguage();
        this.organisationId = person.getOrganisation() == null
                ? null
                : person.getOrganisation().getId();
        this.publicNameConsent = person.isPublicNameConsent();
    }

    public boolean isPublicNameConsent() {
        return publicNameConsent;
    }

    public void setPublicNameConsent(boolean publicNameConsent) {
        this.publicNameConsent = publicNameConsent;
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

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }
}
