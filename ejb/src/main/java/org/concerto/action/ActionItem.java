package org.concerto.action;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Meeting;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.PlausibleDate;
import org.concerto.shared.PlausibleDates;
import org.concerto.shared.Texts;
import org.concerto.shared.Zones;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Something decided in a meeting that someone must do by a date: owned by a person, or by an
 * organisation through a named contact. The owner reports progress; only the secretariat closes it
 * (confirms it done, or cancels it) and only the secretariat reopens it, with a reason. Each method
 * appends what it changed to the history, with who and when.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "action_item")
public class ActionItem extends AbstractEntity {

    public static final int DESCRIPTION_LENGTH = 1000;
    public static final int NOTE_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @NotBlank @Size(max = DESCRIPTION_LENGTH) @Column(nullable = false, length = DESCRIPTION_LENGTH)
    private String description;

    /** The owner, or the named contact when an organisation owns the action. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_person_id", nullable = false)
    private Person ownerPerson;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_organisation_id")
    private Organisation ownerOrganisation;

    @Column(name = "due_date", nullable = false)
    @PlausibleDate
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ActionPriority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActionStatus status = ActionStatus.OPEN;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "confirmed_by", length = 100)
    private String confirmedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @NotAudited
    @OneToMany(mappedBy = "action", cascade = CascadeType.PERSIST)
    private List<ActionEvent> history = new ArrayList<>();

    protected ActionItem() {
        // for JPA
    }

    public ActionItem(
            Meeting meeting,
            AgendaItem agendaItem,
            String description,
            Person ownerPerson,
            Organisation ownerOrganisation,
            LocalDate dueDate,
            ActionPriority priority,
            Actor by,
            Clock clock) {
        this.meeting = Objects.requireNonNull(meeting);
        this.createdAt = clock.instant();
        this.createdBy = by.login();
        define(agendaItem, description, ownerPerson, ownerOrganisation, dueDate, priority);
        record(ActionEventKind.RECORDED, null, status, null, by, clock);
    }

    /** The secretariat rewrites what was decided; refused once the action is closed (reopen it first). */
    public void revise(
            AgendaItem agendaItem,
            String description,
            Person ownerPerson,
            Organisation ownerOrganisation,
            LocalDate dueDate,
            ActionPriority priority,
            Actor by,
            Clock clock) {
        requireNotClosed();
        define(agendaItem, description, ownerPerson, ownerOrganisation, dueDate, priority);
        record(ActionEventKind.REVISED, null, null, null, by, clock);
    }

    private void define(
            AgendaItem agendaItem,
            String description,
            Person ownerPerson,
            Organisation ownerOrganisation,
            LocalDate dueDate,
            ActionPriority priority) {
        String checked = Texts.required(description, "description", DESCRIPTION_LENGTH);
        if (ownerPerson == null) {
            throw new BusinessException(
                    ownerOrganisation == null ? "error.action.ownerRequired" : "error.action.contactRequired");
        }
        if (ownerOrganisation != null && !ownerOrganisation.equals(ownerPerson.getOrganisation())) {
            throw new BusinessException(
                    "error.action.contactNotMember", ownerPerson.getDisplayName(), ownerOrganisation.getName());
        }
        if (dueDate == null) {
            throw new BusinessException("error.required", new FieldName("dueDate"));
        }
        PlausibleDates.check(dueDate, "dueDate");
        if (agendaItem != null && !meeting.getAgenda().contains(agendaItem)) {
            throw new BusinessException("error.action.itemNotInMeeting");
        }
        this.agendaItem = agendaItem;
        this.description = checked;
        this.ownerPerson = ownerPerson;
        this.ownerOrganisation = ownerOrganisation;
        this.dueDate = dueDate;
        this.priority = priority == null ? ActionPriority.NORMAL : priority;
    }

    // --- progress -----------------------------------------------------------------------------------

    /** The owner says where the action stands (open, in progress or done), with an optional note. */
    public void report(ActionStatus newStatus, String note, Actor by, Clock clock) {
        requireNotClosed();
        if (newStatus == null || newStatus == ActionStatus.CANCELLED) {
            throw new BusinessException("error.action.statusNotForOwner");
        }
        String checkedNote = Texts.optional(note, "note", NOTE_LENGTH);
        if (newStatus == status) {
            if (checkedNote == null) {
                throw new BusinessException("error.action.nothingToReport");
            }
            record(ActionEventKind.NOTE, null, null, checkedNote, by, clock);
            return;
        }
        ActionStatus before = status;
        status = newStatus;
        record(ActionEventKind.STATUS, before, newStatus, checkedNote, by, clock);
    }

    /** A file given as evidence: the history says which and who gave it. */
    void evidenceAdded(String fileName, Actor by, Clock clock) {
        requireNotClosed();
        record(ActionEventKind.EVIDENCE, null, null, fileName, by, clock);
    }

    /** The secretariat confirms that a reported-done action is done: it is closed. */
    public void confirmDone(Actor by, Clock clock) {
        if (status != ActionStatus.DONE || confirmedAt != null) {
            throw new BusinessException("error.action.confirmNotDone");
        }
        confirmedAt = clock.instant();
        confirmedBy = by.login();
        record(ActionEventKind.CONFIRMED, null, null, null, by, clock);
    }

    /** The secretariat reopens a closed or reported-done action: a reason is required and kept. */
    public void reopen(String reason, Actor by, Clock clock) {
        if (status.isPending()) {
            throw new BusinessException("error.action.alreadyOpen");
        }
        String checkedReason = Texts.required(reason, "reason", NOTE_LENGTH);
        ActionStatus before = status;
        status = ActionStatus.OPEN;
        confirmedAt = null;
        confirmedBy = null;
        record(ActionEventKind.REOPENED, before, status, checkedReason, by, clock);
    }

    /** The secretariat drops an action that no longer makes sense, saying why. */
    public void cancel(String reason, Actor by, Clock clock) {
        requireNotClosed();
        String checkedReason = Texts.required(reason, "reason", NOTE_LENGTH);
        ActionStatus before = status;
        status = ActionStatus.CANCELLED;
        record(ActionEventKind.CANCELLED, before, status, checkedReason, by, clock);
    }

    private void requireNotClosed() {
        if (isClosed()) {
            throw new BusinessException("error.action.closed");
        }
    }

    private void record(ActionEventKind kind, ActionStatus from, ActionStatus to, String note, Actor by, Clock clock) {
        history.add(new ActionEvent(this, kind, from, to, note, by, clock.instant()));
    }

    // --- computed -----------------------------------------------------------------------------------

    /** Closed: confirmed done by the secretariat, or cancelled. A follow-up meeting no longer lists it. */
    public boolean isClosed() {
        return status == ActionStatus.CANCELLED || (status == ActionStatus.DONE && confirmedAt != null);
    }

    /** Still pending after its due date, in Paris: the day after the due date it is overdue. */
    public boolean isOverdue(Clock clock) {
        return isOverdue(status, dueDate, today(clock));
    }

    /** The rule, shared by entities and read models: pending and due before today. */
    public static boolean isOverdue(ActionStatus status, LocalDate dueDate, LocalDate today) {
        return status != null && status.isPending() && dueDate != null && dueDate.isBefore(today);
    }

    /** Days since the due date (0 when not overdue). */
    public long daysLate(Clock clock) {
        return isOverdue(clock) ? ChronoUnit.DAYS.between(dueDate, today(clock)) : 0;
    }

    /** Today in Paris: due dates are days of the regulator's calendar. */
    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), Zones.DEFAULT);
    }

    /** Whether this person may report progress: the owner, or a member of the owning organisation. */
    public boolean isOwnedBy(Person person) {
        if (person == null) {
            return false;
        }
        return person.equals(ownerPerson)
                || (ownerOrganisation != null && ownerOrganisation.equals(person.getOrganisation()));
    }

    // --- reading ------------------------------------------------------------------------------------

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public String getDescription() {
        return description;
    }

    public Person getOwnerPerson() {
        return ownerPerson;
    }

    public Organisation getOwnerOrganisation() {
        return ownerOrganisation;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ActionPriority getPriority() {
        return priority;
    }

    public ActionStatus getStatus() {
        return status;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public String getConfirmedBy() {
        return confirmedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    List<ActionEvent> history() {
        return history;
    }
}
