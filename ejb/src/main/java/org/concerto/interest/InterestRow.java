package org.concerto.interest;

import java.io.Serializable;
import java.time.LocalDate;

/** One declaration as the list of a person's declarations shows it. */
public class InterestRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final long version;
    private final String party;
    private final InterestNature nature;
    private final String description;
    private final LocalDate startsOn;
    private final LocalDate endsOn;

    public InterestRow(
            Long id,
            long version,
            String organisationName,
            String otherParty,
            InterestNature nature,
            String description,
            LocalDate startsOn,
            LocalDate endsOn) {
        this.id = id;
        this.version = version;
        this.party = organisationName != null ? organisationName : otherParty;
        this.nature = nature;
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getParty() {
        return party;
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
