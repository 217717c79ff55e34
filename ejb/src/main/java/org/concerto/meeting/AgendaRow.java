package org.concerto.meeting;

import java.time.Instant;

/** One agenda item as pages and documents show it, with its computed times. */
public class AgendaRow {

    private final Long id;
    private final int position;
    private final String title;
    private final String description;
    private final AgendaItemKind kind;
    private final String presenterName;
    private final String presenterOrganisation;
    private final int plannedMinutes;
    private final boolean confidential;
    private Instant startsAt;
    private Instant endsAt;

    /**
     * @param presenterPersonOrganisation the organisation of the presenting person, if any
     * @param presentingOrganisation      the organisation presenting the item as such, if any (shown first)
     */
    public AgendaRow(
            Long id,
            int position,
            String title,
            String description,
            AgendaItemKind kind,
            String presenterFirstName,
            String presenterLastName,
            String presenterPersonOrganisation,
            String presentingOrganisation,
            int plannedMinutes,
            boolean confidential) {
        this.id = id;
        this.position = position;
        this.title = title;
        this.description = description;
        this.kind = kind;
        this.presenterName = presenterLastName == null ? null : presenterFirstName + " " + presenterLastName;
        this.presenterOrganisation =
                presentingOrganisation != null ? presentingOrganisation : presenterPersonOrganisation;
        this.plannedMinutes = plannedMinutes;
        this.confidential = confidential;
    }

    /** Minutes compute the timetable the same way outside this package. */
    public void schedule(Instant start, Instant end) {
        this.startsAt = start;
        this.endsAt = end;
    }

    public Long getId() {
        return id;
    }

    /** 1 for the first item. */
    public int getNumber() {
        return position + 1;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public String getPresenterName() {
        return presenterName;
    }

    public String getPresenterOrganisation() {
        return presenterOrganisation;
    }

    public int getPlannedMinutes() {
        return plannedMinutes;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }
}
