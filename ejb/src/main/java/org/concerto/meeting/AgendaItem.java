package org.concerto.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One point of the agenda. Its place in the agenda is kept by the meeting (an ordered list), its start
 * time is computed from the items before it.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "agenda_item")
public class AgendaItem extends AbstractEntity {

    public static final int TITLE_LENGTH = 300;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int MAX_MINUTES = 8 * 60;

    @NotBlank @Size(max = TITLE_LENGTH) @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Size(max = DESCRIPTION_LENGTH) @Column(length = DESCRIPTION_LENGTH)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AgendaItemKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presenter_person_id")
    private Person presenterPerson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "presenter_organisation_id")
    private Organisation presenterOrganisation;

    @Column(name = "planned_minutes", nullable = false)
    private int plannedMinutes;

    /** Confidential items are left out of everything the public reads. */
    @Column(nullable = false)
    private boolean confidential;

    /** The organisations (e.g. the manufacturer) the item is about: whoever has a tie with one of them is flagged. */
    @ManyToMany(fetch = FetchType.LAZY)
    @NotAudited
    @JoinTable(
            name = "agenda_item_concerned_organisation",
            joinColumns = @JoinColumn(name = "agenda_item_id"),
            inverseJoinColumns = @JoinColumn(name = "organisation_id"))
    private Set<Organisation> concernedOrganisations = new HashSet<>();

    /**
     * The meeting, read-only: the meeting's ordered list writes the column. Mapped here so that the audit
     * trail knows which meeting an item (even a removed one) belonged to (Meeting.agenda's @AuditMappedBy).
     */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id", insertable = false, updatable = false)
    private Meeting meeting;

    protected AgendaItem() {
        // for JPA
    }

    public AgendaItem(String title, String description, AgendaItemKind kind, int plannedMinutes) {
        describe(title, description, kind);
        plan(plannedMinutes);
    }

    public final void describe(String title, String description, AgendaItemKind kind) {
        if (kind == null) {
            throw new BusinessException("error.required", new FieldName("kind"));
        }
        this.title = Texts.required(title, "title", TITLE_LENGTH);
        this.description = Texts.optional(description, "description", DESCRIPTION_LENGTH);
        this.kind = kind;
    }

    /** The planned duration, from one minute to a working day. */
    public final void plan(int minutes) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new BusinessException("error.agenda.duration", MAX_MINUTES);
        }
        this.plannedMinutes = minutes;
    }

    /** Presented by a person (who may speak for an organisation), or by an organisation as such. */
    public void presentedBy(Person person, Organisation organisation) {
        this.presenterPerson = person;
        this.presenterOrganisation = organisation;
    }

    /** Called by {@link Meeting#addAgendaItem}: the item knows its meeting before it is flushed. */
    public void placeIn(Meeting meeting) {
        this.meeting = meeting;
    }

    public void markConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    /** Replaces the organisations the item concerns (declared interests). */
    public void concern(Collection<Organisation> organisations) {
        concernedOrganisations.clear();
        organisations.stream().filter(Objects::nonNull).forEach(concernedOrganisations::add);
    }

    public Set<Organisation> getConcernedOrganisations() {
        return Collections.unmodifiableSet(concernedOrganisations);
    }

    /** The meeting the item is on (read from the item's own column). */
    public Meeting getMeeting() {
        return meeting;
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

    public Person getPresenterPerson() {
        return presenterPerson;
    }

    public Organisation getPresenterOrganisation() {
        return presenterOrganisation;
    }

    public int getPlannedMinutes() {
        return plannedMinutes;
    }

    public Duration getPlannedDuration() {
        return Duration.ofMinutes(plannedMinutes);
    }

    public boolean isConfidential() {
        return confidential;
    }
}
