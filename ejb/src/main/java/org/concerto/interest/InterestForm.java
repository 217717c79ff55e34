package org.concerto.interest;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** What the declaration form edits, with the version it was read at (null id for a new declaration). */
public class InterestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long organisationId;

    @Size(max = DeclaredInterest.PARTY_LENGTH) private String otherParty;

    private InterestNature nature = InterestNature.CONSULTANCY;

    @Size(max = DeclaredInterest.DESCRIPTION_LENGTH) private String description;

    private LocalDate startsOn;
    private LocalDate endsOn;

    static InterestForm of(DeclaredInterest interest) {
        InterestForm form = new InterestForm();
        form.id = interest.getId();
        form.version = interest.getVersion();
        form.organisationId = interest.getOrganisation() == null
                ? null
                : interest.getOrganisation().getId();
        form.otherParty = interest.getOtherParty();
        form.nature = interest.getNature();
        form.description = interest.getDescription();
        form.startsOn = interest.getStartsOn();
        form.endsOn = interest.getEndsOn();
        return form;
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

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getOtherParty() {
        return otherParty;
    }

    public void setOtherParty(String otherParty) {
        this.otherParty = otherParty;
    }

    public InterestNature getNature() {
        return nature;
    }

    public void setNature(InterestNature nature) {
        this.nature = nature;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
        this.endsOn = endsOn;
    }
}
