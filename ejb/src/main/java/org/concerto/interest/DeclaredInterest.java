package org.concerto.interest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.PlausibleDate;
import org.concerto.shared.PlausibleDates;
import org.concerto.shared.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One tie a person declares: with an organisation of the directory (so that it can be matched with the
 * agenda) or, when the other party is not in the directory, one named in free text; over a period that
 * may still be running.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "declared_interest")
public class DeclaredInterest extends AbstractEntity {

    public static final int PARTY_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Size(max = PARTY_LENGTH) @Column(name = "other_party", length = PARTY_LENGTH)
    private String otherParty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private InterestNature nature;

    @Size(max = DESCRIPTION_LENGTH) @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Column(name = "starts_on", nullable = false)
    @PlausibleDate
    private LocalDate startsOn;

    /** Null while the tie lasts. */
    @Column(name = "ends_on")
    @PlausibleDate
    private LocalDate endsOn;

    protected DeclaredInterest() {
        // for JPA
    }

    public DeclaredInterest(
            Person person,
            Organisation organisation,
            String otherParty,
            InterestNature nature,
            String description,
            LocalDate startsOn,
            LocalDate endsOn) {
        this.person = Objects.requireNonNull(person);
        describe(organisation, otherParty, nature, description, startsOn, endsOn);
    }

    /** The organisation of the directory wins over the free text: only it can be matched with the agenda. */
    public final void describe(
            Organisation organisation,
            String otherParty,
            InterestNature nature,
            String description,
            LocalDate startsOn,
            LocalDate endsOn) {
        String party = Texts.optional(otherParty, "otherParty", PARTY_LENGTH);
        if (organisation == null && party == null) {
            throw new BusinessException("error.interest.partyRequired");
        }
        if (nature == null) {
            throw new BusinessException("error.required", new FieldName("nature"));
        }
        if (startsOn == null) {
            throw new BusinessException("error.required", new FieldName("startsOn"));
        }
        PlausibleDates.check(startsOn, "startsOn");
        PlausibleDates.check(endsOn, "endsOn");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new BusinessException("error.interest.endBeforeStart");
        }
        this.organisation = organisation;
        this.otherParty = organisation == null ? party : null;
        this.nature = nature;
        this.description = Texts.optional(description, "description", DESCRIPTION_LENGTH);
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Person getPerson() {
        return person;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getOtherParty() {
        return otherParty;
    }

    public InterestNature getNature() {
        return nature;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }
}
