package org.concerto.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Texts;

/**
 * Someone Concerto writes to and about: an invitee, a presenter, the owner of an action. Identified by
 * their e-mail address; usually speaks for an organisation.
 */
@Entity
@Table(name = "person")
@NamedQuery(name = "Person.byEmail", query = "select p from Person p where p.email = :email")
public class Person extends AbstractEntity {

    public static final int NAME_LENGTH = 100;
    public static final int TITLE_LENGTH = 200;
    /** The first name of every anonymised person; the last name is their number. */
    public static final String ANONYMOUS_FIRST_NAME = "Anonyme";

    @NotBlank @Size(max = NAME_LENGTH) @Column(name = "first_name", nullable = false, length = NAME_LENGTH)
    private String firstName;

    @NotBlank @Size(max = NAME_LENGTH) @Column(name = "last_name", nullable = false, length = NAME_LENGTH)
    private String lastName;

    @NotBlank @Size(max = EmailAddresses.LENGTH) @Column(nullable = false, unique = true, length = EmailAddresses.LENGTH)
    private String email;

    @Size(max = TITLE_LENGTH) @Column(name = "job_title", length = TITLE_LENGTH)
    private String jobTitle;

    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_language", nullable = false, length = 2)
    private Language preferredLanguage;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    /** Minutes: a patient's name appears in published minutes only with their consent. */
    @Column(name = "public_name_consent", nullable = false)
    private boolean publicNameConsent;
    /** When the contact details were anonymised (personal data); null while they are real. */
    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected Person() {
        // for JPA
    }

    public Person(
            String firstName, String lastName, String email, Language preferredLanguage, Organisation organisation) {
        rename(firstName, lastName);
        changeEmail(email);
        this.preferredLanguage = preferredLanguage == null ? Language.FR : preferredLanguage;
        this.organisation = organisation;
    }

    public final void rename(String firstName, String lastName) {
        requireNotAnonymised();
        this.firstName = Texts.required(firstName, "firstName", NAME_LENGTH);
        this.lastName = Texts.required(lastName, "lastName", NAME_LENGTH);
    }

    public final void changeEmail(String email) {
        requireNotAnonymised();
        this.email = EmailAddresses.normalise(email);
    }

    public void describeRole(String jobTitle) {
        requireNotAnonymised();
        this.jobTitle = Texts.optional(jobTitle, "jobTitle", TITLE_LENGTH);
    }

    public void preferLanguage(Language language) {
        this.preferredLanguage = language == null ? Language.FR : language;
    }

    public void joinOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    /** Whether the person agreed to be named in what the regulator publishes. */
    public void consentToPublicName(boolean consent) {
        requireNotAnonymised();
        this.publicNameConsent = consent;
    }

    public boolean isPublicNameConsent() {
        return publicNameConsent;
    }

    /**
     * Replaces the name and contact details with a pseudonym: the records that must be kept (invitations,
     * attendance, declared interests) stay, but no longer say who the person is or how to reach them.
     * Documents already published keep the name they were published with (they are files, not this row).
     */
    public void anonymise(Instant at) {
        if (anonymisedAt != null) {
            throw new BusinessException("error.privacy.alreadyAnonymised");
        }
        this.firstName = ANONYMOUS_FIRST_NAME;
        this.lastName = "#" + getId();
        // Unique like every address, and in the .invalid domain that no mail can reach (RFC 2606).
        this.email = "anonymised-" + getId() + "@anonymised.invalid";
        this.jobTitle = null;
        // The consent was to publish the real name; published documents keep the name they were issued with.
        this.publicNameConsent = false;
        this.anonymisedAt = at;
    }

    /**
     * Anonymised contact details stay anonymised: editing them would put a name back on records kept only
     * because they no longer say who the person was.
     */
    private void requireNotAnonymised() {
        if (anonymisedAt != null) {
            throw new BusinessException("error.privacy.anonymised");
        }
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
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

    public Language getPreferredLanguage() {
        return preferredLanguage;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getDisplayName() {
        return firstName + " " + lastName;
    }
}
