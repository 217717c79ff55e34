package org.concerto.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.Entities;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.concerto.shared.Texts;

/**
 * Reading meetings. The secretariat reads every meeting; anyone else reads only the meetings they
 * are invited to, whether they ask for a list or type an id: the rule is in the queries and in
 * {@link #requireReadable}, not in the pages.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
public class MeetingService {

    private static final String SUMMARY = "select new org.concerto.meeting.MeetingSummary(m.id, m.title, m.subject, "
            + "m.schedule.startsAt, m.schedule.endsAt, m.format, m.status, m.illustrative, "
            + "(select count(c) from Invitation c where c.meeting = m)) from Meeting m";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callers;

    @Inject
    private Clock clock;

    /** One page of the meetings the caller may see, filtered and sorted in the database. */
    public List<MeetingSummary> search(MeetingSearch search, int first, int max) {
        Caller caller = callers.current();
        StringBuilder jpql = new StringBuilder(SUMMARY);
        Map<String, Object> parameters = where(jpql, search, caller);
        String direction = search.isAscending() ? " asc" : " desc";
        jpql.append(" order by ")
                .append(search.getSort().path())
                .append(direction)
                .append(", m.id")
                .append(direction);
        TypedQuery<MeetingSummary> query = em.createQuery(jpql.toString(), MeetingSummary.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)));
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /** How many meetings {@link #search} would page through. */
    public long count(MeetingSearch search) {
        Caller caller = callers.current();
        StringBuilder jpql = new StringBuilder("select count(m) from Meeting m");
        Map<String, Object> parameters = where(jpql, search, caller);
        TypedQuery<Long> query = em.createQuery(jpql.toString(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** The caller's meetings that are not over yet, soonest first, leaving out cancelled ones. */
    public List<MeetingSummary> upcoming(int max) {
        MeetingSearch search = MeetingSearch.upcoming(clock.instant());
        return search(search, 0, max);
    }

    /** The meeting page: details, invitees by organisation, agenda with computed times. */
    public MeetingDetails details(long meetingId) {
        Meeting meeting = requireReadable(meetingId);
        List<InviteeRow> invitees = em.createQuery(
                        "select new org.concerto.meeting.InviteeRow(p.id, p.firstName, p.lastName, "
                                + "p.jobTitle, o.name, o.category, i.role) from Invitation i join i.person p left join p.organisation o "
                                + "where i.meeting.id = :id order by o.name nulls last, p.lastName, p.firstName",
                        InviteeRow.class)
                .setParameter("id", meetingId)
                .getResultList();
        List<AgendaRow> agenda = em.createQuery(
                        "select new org.concerto.meeting.AgendaRow(a.id, index(a), a.title, a.description, "
                                + "a.kind, pp.firstName, pp.lastName, ppo.name, po.name, a.plannedMinutes, a.confidential) "
                                + "from Meeting m join m.agenda a left join a.presenterPerson pp left join pp.organisation ppo "
                                + "left join a.presenterOrganisation po where m.id = :id order by index(a)",
                        AgendaRow.class)
                .setParameter("id", meetingId)
                .getResultList();
        Timetable timetable = Timetable.of(
                meeting.getSchedule().getStartsAt(),
                agenda.stream()
                        .map(row -> Duration.ofMinutes(row.getPlannedMinutes()))
                        .toList());
        for (int i = 0; i < agenda.size(); i++) {
            agenda.get(i)
                    .schedule(
                            timetable.slots().get(i).start(),
                            timetable.slots().get(i).end());
        }
        return new MeetingDetails(
                meeting,
                group(invitees, InviteeRow::getOrganisationName),
                invitees.size(),
                agenda,
                timetable.overrun(meeting.getSchedule().getEndsAt()));
    }

    /**
     * The meeting if the caller may read it: the secretariat always, others when invited.
     * Refuses with {@link AccessDeniedException} otherwise, and {@link NotFoundException} for an unknown id.
     */
    public Meeting requireReadable(long meetingId) {
        Caller caller = callers.current();
        Meeting meeting = Entities.require(em, Meeting.class, meetingId);
        if (!caller.isSecretariat() && !isInvited(meetingId, caller.getPersonId())) {
            throw new AccessDeniedException();
        }
        return meeting;
    }

    /**
     * The part the caller plays in a meeting they may read: their invitation's role, or null for the
     * secretariat when it is not invited itself. Refuses like {@link #requireReadable}. Services use it for
     * the rules that depend on the role in the meeting (the chair's attendance sheet, what observers do not
     * receive); see docs/security.md.
     */
    public MeetingRole roleOf(long meetingId) {
        requireReadable(meetingId);
        Long personId = callers.current().getPersonId();
        return personId == null
                ? null
                : em.createQuery(
                                "select i.role from Invitation i where i.meeting.id = :meeting and i.person.id = :person",
                                MeetingRole.class)
                        .setParameter("meeting", meetingId)
                        .setParameter("person", personId)
                        .getResultStream()
                        .findFirst()
                        .orElse(null);
    }

    private boolean isInvited(long meetingId, Long personId) {
        return personId != null
                && em.createQuery(
                                        "select count(i) from Invitation i where i.meeting.id = :meeting and i.person.id = :person",
                                        Long.class)
                                .setParameter("meeting", meetingId)
                                .setParameter("person", personId)
                                .getSingleResult()
                        > 0;
    }

    private static Map<String, Object> where(StringBuilder jpql, MeetingSearch search, Caller caller) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        List<String> conditions = new ArrayList<>();
        if (!caller.isSecretariat()) {
            conditions.add("exists (select i from Invitation i where i.meeting = m and i.person.id = :personId)");
            parameters.put("personId", caller.getPersonId() == null ? -1L : caller.getPersonId());
        }
        if (search.getText() != null && !search.getText().isBlank()) {
            conditions.add("(lower(m.title) like :text escape '\\' or lower(m.subject) like :text escape '\\')");
            parameters.put("text", Texts.containing(search.getText()));
        }
        if (search.getStatus() != null) {
            conditions.add("m.status = :status");
            parameters.put("status", search.getStatus());
        }
        if (search.isWithoutCancelled()) {
            conditions.add("m.status <> :cancelled");
            parameters.put("cancelled", MeetingStatus.CANCELLED);
        }
        if (search.getFrom() != null) {
            conditions.add("m.schedule.endsAt >= :from");
            parameters.put("from", search.getFrom());
        }
        if (search.getTo() != null) {
            conditions.add("m.schedule.startsAt < :to");
            parameters.put("to", search.getTo());
        }
        if (!conditions.isEmpty()) {
            jpql.append(" where ").append(String.join(" and ", conditions));
        }
        return parameters;
    }

    private static <K> List<InviteeGroup> group(List<InviteeRow> rows, Function<InviteeRow, K> key) {
        Map<K, List<InviteeRow>> groups = new LinkedHashMap<>();
        for (InviteeRow row : rows) {
            groups.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
        }
        List<InviteeGroup> result = new ArrayList<>(groups.size());
        groups.forEach((name, members) -> result.add(
                new InviteeGroup(Objects.toString(name, null), members.get(0).getCategory(), members)));
        return result;
    }
}
