package org.concerto.action;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.concerto.files.FileContent;
import org.concerto.files.StoredFile;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.MeetingStatus;
import org.concerto.meeting.PersonOption;
import org.concerto.participant.Person;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Entities;
import org.concerto.shared.Messages;
import org.concerto.shared.Role;
import org.concerto.shared.Texts;
import org.concerto.shared.Versions;

/**
 * Recording and following action items. The secretariat records, revises, confirms, reopens and
 * cancels; an owner (the person, or any member of the owning organisation) reports progress and adds
 * evidence on their own actions only; anyone reads the actions of the meetings they are invited to and
 * their own. The rules are checked here and in the queries, whatever id a page sends.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
public class ActionService {

    private static final Logger LOG = Logger.getLogger(ActionService.class.getName());
    /** Rows of an export at most: a dashboard export is a working list, not an archive. */
    public static final int EXPORT_LIMIT = 5000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callers;

    @Inject
    private MeetingService meetings;

    @Inject
    private EvidenceFiles evidenceFiles;

    @Inject
    private Clock clock;

    // --- the secretariat ------------------------------------------------------------------------------

    @RolesAllowed(Role.Names.SECRETARIAT)
    public long record(long meetingId, ActionForm form) {
        Meeting meeting = meeting(meetingId);
        if (meeting.getStatus() == MeetingStatus.CANCELLED) {
            throw new BusinessException("error.action.meetingCancelled");
        }
        Person owner = person(form.getOwnerPersonId());
        ActionItem action = new ActionItem(
                meeting,
                agendaItem(meeting, form.getAgendaItemId()),
                form.getDescription(),
                owner,
                form.isOrganisationOwned() && owner != null ? owner.getOrganisation() : null,
                form.getDueDate(),
                form.getPriority(),
                actor(),
                clock);
        em.persist(action);
        LOG.info(() -> "Action " + action.getId() + " recorded in meeting " + meetingId);
        return action.getId();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public ActionForm form(long actionId) {
        return ActionForm.of(action(actionId));
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void revise(long actionId, ActionForm form) {
        ActionItem action = action(actionId);
        Versions.require(action, form.getVersion());
        Person owner = person(form.getOwnerPersonId());
        action.revise(
                agendaItem(action.getMeeting(), form.getAgendaItemId()),
                form.getDescription(),
                owner,
                form.isOrganisationOwned() && owner != null ? owner.getOrganisation() : null,
                form.getDueDate(),
                form.getPriority(),
                actor(),
                clock);
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void confirmDone(long actionId, long versionShown) {
        ActionItem action = action(actionId);
        Versions.require(action, versionShown);
        action.confirmDone(actor(), clock);
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void reopen(long actionId, long versionShown, String reason) {
        ActionItem action = action(actionId);
        Versions.require(action, versionShown);
        action.reopen(reason, actor(), clock);
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void cancel(long actionId, long versionShown, String reason) {
        ActionItem action = action(actionId);
        Versions.require(action, versionShown);
        action.cancel(reason, actor(), clock);
    }

    /**
     * Puts a "review of actions" item at the head of the agenda of a follow-up meeting, titled in the
     * secretariat's language; refused when the series has no action left open or the agenda is closed.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public long addReviewItem(long meetingId) {
        Meeting meeting = meeting(meetingId);
        if (openInSeries(meetingId).isEmpty()) {
            throw new BusinessException("error.action.nothingToReview");
        }
        Locale locale = callers.current().getLanguage().locale();
        String title = Messages.get(locale, "actions.review.itemTitle");
        if (meeting.getAgenda().stream().anyMatch(item -> title.equals(item.getTitle()))) {
            throw new BusinessException("error.action.reviewExists");
        }
        AgendaItem item = meeting.addAgendaItem(new AgendaItem(
                title, Messages.get(locale, "actions.review.itemDescription"), AgendaItemKind.INFORMATION, 15));
        em.flush();
        meeting.moveAgendaItem(item.getId(), 0);
        return item.getId();
    }

    // --- owners -----------------------------------------------------------------------------------------

    /** The owner (or the secretariat) says where the action stands, with an optional note. */
    public void report(long actionId, long versionShown, ActionStatus status, String note) {
        ActionItem action = action(actionId);
        requireReportable(action);
        Versions.require(action, versionShown);
        action.report(status, note, actor(), clock);
    }

    /** Adds an evidence file, checked like every upload; returns its id. */
    public long addEvidence(long actionId, String submittedName, InputStream content) {
        ActionItem action = action(actionId);
        requireReportable(action);
        action.evidenceAdded(submittedName, actor(), clock);
        StoredFile file = evidenceFiles.receive(submittedName, content);
        ActionEvidence evidence = new ActionEvidence(
                action, file, clock.instant(), callers.current().getLogin());
        em.persist(evidence);
        LOG.info(() -> "Evidence " + file.fileName() + " (" + file.sha256() + ") added to action " + actionId);
        return evidence.getId();
    }

    public FileContent evidence(long evidenceId) throws IOException {
        ActionEvidence evidence = Entities.require(em, ActionEvidence.class, evidenceId);
        requireReadable(evidence.getAction());
        return new FileContent(
                evidence.getFile().fileName(),
                evidence.getFile().contentType(),
                evidence.getFile().size(),
                evidenceFiles.open(evidence.getFile().storageKey()));
    }

    // --- reading ----------------------------------------------------------------------------------------

    public ActionDetails details(long actionId) {
        ActionItem action = action(actionId);
        requireReadable(action);
        ActionRow row = em.createQuery(ActionRow.SELECT + ActionRow.FROM + " where a.id = :id", ActionRow.class)
                .setParameter("id", actionId)
                .getSingleResult()
                .evaluate(ActionItem.today(clock));
        List<HistoryRow> history = em.createQuery(
                        "select new org.concerto.action.HistoryRow(e.at, e.byName, e.kind, e.fromStatus, "
                                + "e.toStatus, e.note) from ActionEvent e where e.action.id = :id order by e.at desc, e.id desc",
                        HistoryRow.class)
                .setParameter("id", actionId)
                .getResultList();
        List<EvidenceRow> evidence = em.createQuery(
                        "select new org.concerto.action.EvidenceRow(d.id, d.file.fileName, d.file.size, d.uploadedAt, "
                                + "d.uploadedBy) from ActionEvidence d where d.action.id = :id order by d.uploadedAt, d.id",
                        EvidenceRow.class)
                .setParameter("id", actionId)
                .getResultList();
        Caller caller = callers.current();
        boolean reportable = !action.isClosed() && (caller.isSecretariat() || action.isOwnedBy(callerPerson(caller)));
        return new ActionDetails(row, action.getVersion(), history, evidence, reportable, caller.isSecretariat());
    }

    /** One page of the actions the caller may see, filtered and sorted in the database. */
    public List<ActionRow> search(ActionSearch search, int first, int max) {
        Caller caller = callers.current();
        LocalDate today = ActionItem.today(clock);
        StringBuilder jpql = new StringBuilder(ActionRow.SELECT).append(ActionRow.FROM);
        Map<String, Object> parameters = where(jpql, search, caller, today);
        String direction = search.isAscending() ? " asc" : " desc";
        jpql.append(" order by ")
                .append(search.getSort().path())
                .append(direction)
                .append(", a.dueDate, a.id");
        TypedQuery<ActionRow> query = em.createQuery(jpql.toString(), ActionRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, EXPORT_LIMIT)));
        parameters.forEach(query::setParameter);
        List<ActionRow> rows = query.getResultList();
        rows.forEach(row -> row.evaluate(today));
        return rows;
    }

    public long count(ActionSearch search) {
        Caller caller = callers.current();
        StringBuilder jpql = new StringBuilder("select count(a) ").append(ActionRow.FROM);
        Map<String, Object> parameters = where(jpql, search, caller, ActionItem.today(clock));
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The rows of {@link #search} (up to {@link #EXPORT_LIMIT}) as a CSV file Excel opens in the caller's language. */
    public byte[] csv(ActionSearch search, Locale locale) {
        return ActionCsv.write(search(search, 0, EXPORT_LIMIT), locale, org.concerto.shared.Zones.DEFAULT);
    }

    /** For the secretariat: the actions counted by the owner's organisation, in one grouped query. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<ActionTally> byOrganisation() {
        return tallies("po.id, po.name", "po.name");
    }

    /** For the secretariat: the actions counted by the subject of their meeting. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<ActionTally> bySubject() {
        return tallies("m.subject", "m.subject");
    }

    private List<ActionTally> tallies(String key, String group) {
        String pending =
                "a.status in (org.concerto.action.ActionStatus.OPEN, org.concerto.action.ActionStatus.IN_PROGRESS)";
        String awaiting = "(a.status = org.concerto.action.ActionStatus.DONE and a.confirmedAt is null)";
        String closed = "(a.status = org.concerto.action.ActionStatus.CANCELLED or a.confirmedAt is not null)";
        return em.createQuery(
                        "select new org.concerto.action.ActionTally(" + key + ", "
                                + "sum(case when " + pending + " or " + awaiting + " then 1 else 0 end), "
                                + "sum(case when " + pending + " and a.dueDate < :today then 1 else 0 end), "
                                + "sum(case when " + awaiting + " then 1 else 0 end), "
                                + "sum(case when " + closed + " then 1 else 0 end)) " + ActionRow.FROM
                                + " group by " + key + " order by " + group + " nulls last",
                        ActionTally.class)
                .setParameter("today", ActionItem.today(clock))
                .getResultList();
    }

    /** The subjects of meetings that have actions, for the dashboard's filter. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<String> subjects() {
        return em.createQuery(
                        "select distinct m.subject from ActionItem a join a.meeting m where m.subject is not null order by m.subject",
                        String.class)
                .getResultList();
    }

    /**
     * The actions decided in a meeting, by agenda item in the agenda's order, then those decided outside
     * any item; each group by due date. What the meeting page shows and what the minutes list.
     */
    public List<AgendaActions> byAgendaItem(long meetingId) {
        meetings.requireReadable(meetingId);
        List<Object[]> items = em.createQuery(
                        "select ai.id, index(ai), ai.title from Meeting m join m.agenda ai where m.id = :id "
                                + "order by index(ai)",
                        Object[].class)
                .setParameter("id", meetingId)
                .getResultList();
        LocalDate today = ActionItem.today(clock);
        Map<Long, List<ActionRow>> byItem = new LinkedHashMap<>();
        List<ActionRow> outside = new ArrayList<>();
        for (ActionRow row : em.createQuery(
                        ActionRow.SELECT + ActionRow.FROM + " where m.id = :id order by a.dueDate, a.id",
                        ActionRow.class)
                .setParameter("id", meetingId)
                .getResultList()) {
            row.evaluate(today);
            if (row.getAgendaItemId() == null) {
                outside.add(row);
            } else {
                byItem.computeIfAbsent(row.getAgendaItemId(), k -> new ArrayList<>())
                        .add(row);
            }
        }
        List<AgendaActions> groups = new ArrayList<>();
        for (Object[] item : items) {
            List<ActionRow> rows = byItem.get((Long) item[0]);
            if (rows != null) {
                groups.add(
                        new AgendaActions((Long) item[0], ((Number) item[1]).intValue() + 1, (String) item[2], rows));
            }
        }
        if (!outside.isEmpty()) {
            groups.add(new AgendaActions(null, null, null, outside));
        }
        return groups;
    }

    /** The actions still open (not confirmed done, not cancelled) from earlier meetings of the meeting's series, by due date. */
    public List<ActionRow> openInSeries(long meetingId) {
        Meeting meeting = meetings.requireReadable(meetingId);
        if (meeting.getSeriesKey() == null) {
            return List.of();
        }
        LocalDate today = ActionItem.today(clock);
        List<ActionRow> rows = em.createQuery(
                        ActionRow.SELECT + ActionRow.FROM + " where m.seriesKey = :series and m.id <> :id "
                                + "and m.schedule.startsAt < :start and " + NOT_CLOSED + " order by a.dueDate, a.id",
                        ActionRow.class)
                .setParameter("series", meeting.getSeriesKey())
                .setParameter("id", meetingId)
                .setParameter("start", meeting.getSchedule().getStartsAt())
                .getResultList();
        rows.forEach(row -> row.evaluate(today));
        return rows;
    }

    /** The meeting's invitees, who may own its actions. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<PersonOption> possibleOwners(long meetingId) {
        return em.createQuery(
                        "select new org.concerto.meeting.PersonOption(p.id, p.firstName, p.lastName, o.name, p.email) "
                                + "from Invitation i join i.person p left join p.organisation o where i.meeting.id = :id "
                                + "order by o.name nulls last, p.lastName, p.firstName",
                        PersonOption.class)
                .setParameter("id", meetingId)
                .getResultList();
    }

    // --- rules ------------------------------------------------------------------------------------------

    private static final String NOT_CLOSED =
            "(a.status in (org.concerto.action.ActionStatus.OPEN, org.concerto.action.ActionStatus.IN_PROGRESS) "
                    + "or (a.status = org.concerto.action.ActionStatus.DONE and a.confirmedAt is null))";

    private static Map<String, Object> where(StringBuilder jpql, ActionSearch search, Caller caller, LocalDate today) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        Long me = caller.getPersonId() == null ? -1L : caller.getPersonId();
        String owned =
                "(p.id = :me or (o.id is not null and o.id = (select pp.organisation.id from Person pp where pp.id = :me)))";
        if (search.isMine()) {
            conditions.add(owned);
            parameters.put("me", me);
        } else if (!caller.isSecretariat()) {
            conditions.add(
                    "(" + owned + " or exists (select i from Invitation i where i.meeting = m and i.person.id = :me))");
            parameters.put("me", me);
        }
        switch (search.getScope()) {
            case PENDING -> conditions.add(NOT_CLOSED);
            case OVERDUE -> {
                conditions.add(
                        "a.status in (org.concerto.action.ActionStatus.OPEN, org.concerto.action.ActionStatus.IN_PROGRESS) and a.dueDate < :today");
                parameters.put("today", today);
            }
            case AWAITING_CONFIRMATION ->
                conditions.add("a.status = org.concerto.action.ActionStatus.DONE and a.confirmedAt is null");
            case CLOSED ->
                conditions.add("(a.status = org.concerto.action.ActionStatus.CANCELLED or a.confirmedAt is not null)");
            case ALL -> {
                // no condition on the state
            }
        }
        if (search.getStatus() != null) {
            conditions.add("a.status = :status");
            parameters.put("status", search.getStatus());
        }
        if (search.getPriority() != null) {
            conditions.add("a.priority = :priority");
            parameters.put("priority", search.getPriority());
        }
        if (search.getOrganisationId() != null) {
            conditions.add("po.id = :organisation");
            parameters.put("organisation", search.getOrganisationId());
        }
        if (search.getSubject() != null && !search.getSubject().isBlank()) {
            conditions.add("m.subject = :subject");
            parameters.put("subject", search.getSubject());
        }
        if (search.getMeetingId() != null) {
            conditions.add("m.id = :meeting");
            parameters.put("meeting", search.getMeetingId());
        }
        if (search.getText() != null && !search.getText().isBlank()) {
            conditions.add("(lower(a.description) like :text escape '\\' or lower(m.title) like :text escape '\\' "
                    + "or lower(p.lastName) like :text escape '\\')");
            parameters.put("text", Texts.containing(search.getText()));
        }
        if (!conditions.isEmpty()) {
            jpql.append(" where ").append(String.join(" and ", conditions));
        }
        return parameters;
    }

    private void requireReadable(ActionItem action) {
        Caller caller = callers.current();
        if (caller.isSecretariat() || action.isOwnedBy(callerPerson(caller))) {
            return;
        }
        meetings.requireReadable(action.getMeeting().getId());
    }

    /** Only an owner (the person, or a member of the owning organisation) or the secretariat reports on an action. */
    private void requireReportable(ActionItem action) {
        Caller caller = callers.current();
        if (!caller.isSecretariat() && !action.isOwnedBy(callerPerson(caller))) {
            throw new AccessDeniedException();
        }
    }

    private Person callerPerson(Caller caller) {
        return caller.getPersonId() == null ? null : em.find(Person.class, caller.getPersonId());
    }

    private Actor actor() {
        Caller caller = callers.current();
        return new Actor(caller.getLogin(), caller.getDisplayName());
    }

    private ActionItem action(long id) {
        return Entities.require(em, ActionItem.class, id);
    }

    private Meeting meeting(long id) {
        return Entities.require(em, Meeting.class, id);
    }

    private Person person(Long id) {
        if (id == null) {
            return null;
        }
        return Entities.require(em, Person.class, id);
    }

    private static AgendaItem agendaItem(Meeting meeting, Long itemId) {
        if (itemId == null) {
            return null;
        }
        return meeting.getAgenda().stream()
                .filter(item -> itemId.equals(item.getId()))
                .findFirst()
                .orElseThrow(() -> new BusinessException("error.action.itemNotInMeeting"));
    }
}
