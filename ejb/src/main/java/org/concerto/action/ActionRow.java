package org.concerto.action;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One action as the lists, the meeting page, the exports and the minutes show it: read in one query
 * with its meeting, agenda item and owner (a JPQL constructor expression; a class, since EL cannot read
 * records). Whether it is overdue is worked out once the rows are read, against today.
 */
public class ActionRow implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The select list matching the constructor; the query joins {@code m}, {@code ai}, {@code p}, {@code o}, {@code po}. */
    static final String SELECT =
            "select new org.concerto.action.ActionRow(a.id, a.description, a.dueDate, a.priority, a.status, "
                    + "a.confirmedAt, m.id, m.title, m.subject, m.schedule.startsAt, m.illustrative, ai.id, ai.title, p.id, p.firstName, "
                    + "p.lastName, o.id, o.name, po.name) ";

    static final String FROM = "from ActionItem a join a.meeting m left join a.agendaItem ai join a.ownerPerson p "
            + "left join a.ownerOrganisation o left join p.organisation po";

    private final Long id;
    private final String description;
    private final LocalDate dueDate;
    private final ActionPriority priority;
    private final ActionStatus status;
    private final boolean confirmed;
    private final Long meetingId;
    private final String meetingTitle;
    private final String subject;
    private final Instant meetingStartsAt;
    private final boolean illustrative;
    private final Long agendaItemId;
    private final String agendaItemTitle;
    private final Long ownerPersonId;
    private final String ownerName;
    private final Long organisationId;
    private final String organisationName;
    private final String contactOrganisationName;
    private boolean overdue;
    private long daysLate;

    public ActionRow(
            Long id,
            String description,
            LocalDate dueDate,
            ActionPriority priority,
            ActionStatus status,
            Instant confirmedAt,
            Long meetingId,
            String meetingTitle,
            String subject,
            Instant meetingStartsAt,
            boolean illustrative,
            Long agendaItemId,
            String agendaItemTitle,
            Long ownerPersonId,
            String ownerFirstName,
            String ownerLastName,
            Long organisationId,
            String organisationName,
            String contactOrganisationName) {
        this.id = id;
        this.description = description;
        this.dueDate = dueDate;
        this.priority = priority;
        this.status = status;
        this.confirmed = confirmedAt != null;
        this.meetingId = meetingId;
        this.meetingTitle = meetingTitle;
        this.subject = subject;
        this.meetingStartsAt = meetingStartsAt;
        this.illustrative = illustrative;
        this.agendaItemId = agendaItemId;
        this.agendaItemTitle = agendaItemTitle;
        this.ownerPersonId = ownerPersonId;
        this.ownerName = ownerFirstName + " " + ownerLastName;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.contactOrganisationName = contactOrganisationName;
    }

    /** Works out the overdue flag against today (in Paris); called once per list, not per row query. */
    public ActionRow evaluate(LocalDate today) {
        overdue = ActionItem.isOverdue(status, dueDate, today);
        daysLate = overdue ? java.time.temporal.ChronoUnit.DAYS.between(dueDate, today) : 0;
        return this;
    }

    public Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
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

    /** Done and confirmed by the secretariat. */
    public boolean isConfirmed() {
        return confirmed;
    }

    /** Reported done, waiting for the secretariat. */
    public boolean isAwaitingConfirmation() {
        return status == ActionStatus.DONE && !confirmed;
    }

    public boolean isClosed() {
        return status == ActionStatus.CANCELLED || confirmed;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getMeetingStartsAt() {
        return meetingStartsAt;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public String getAgendaItemTitle() {
        return agendaItemTitle;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    /** The owner, or the organisation's contact when an organisation owns the action. */
    public String getOwnerName() {
        return ownerName;
    }

    /** The organisation that owns the action, null when a person owns it in their own name. */
    public String getOrganisationName() {
        return organisationName;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    /** The organisation the owner (or contact) belongs to, for lists by organisation. */
    public String getContactOrganisationName() {
        return contactOrganisationName;
    }

    /** "Medtronic France (contact: Thomas Bernard)" or "Thomas Bernard": who answers for the action. */
    public String getOwnerLabel() {
        return organisationName == null ? ownerName : organisationName + " – " + ownerName;
    }

    public boolean isOverdue() {
        return overdue;
    }

    public long getDaysLate() {
        return daysLate;
    }
}
