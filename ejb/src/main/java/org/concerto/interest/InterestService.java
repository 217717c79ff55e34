package org.concerto.interest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.OrganisationOption;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Entities;
import org.concerto.shared.Role;
import org.concerto.shared.Versions;
import org.concerto.shared.Zones;

/**
 * Declarations of interests and the conflicts they raise. A person edits only their own declarations;
 * the secretariat edits anyone's and decides, per flagged person and item, who takes part and who is
 * recused. Participants of a meeting see the recusals, never the details of others' declarations.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
public class InterestService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callers;

    @Inject
    private MeetingService meetings;

    @Inject
    private Clock clock;

    // --- declarations ----------------------------------------------------------------------------

    /** The person behind the caller's account, whose declarations "mine" are; refused for accounts without one. */
    public long myPersonId() {
        Long personId = callers.current().getPersonId();
        if (personId == null) {
            throw new AccessDeniedException();
        }
        return personId;
    }

    /** A person's declarations, most recent first. */
    public List<InterestRow> declarations(long personId) {
        requireEditable(personId);
        return em.createQuery(
                        "select new org.concerto.interest.InterestRow(d.id, d.version, o.name, d.otherParty, d.nature, "
                                + "d.description, d.startsOn, d.endsOn) from DeclaredInterest d left join d.organisation o "
                                + "where d.person.id = :person order by d.startsOn desc, d.id desc",
                        InterestRow.class)
                .setParameter("person", personId)
                .getResultList();
    }

    public InterestForm form(long interestId) {
        DeclaredInterest interest = interest(interestId);
        requireEditable(interest.getPerson().getId());
        return InterestForm.of(interest);
    }

    /** Records a new declaration of the person, or changes one of theirs (refused if changed since it was read). */
    public long save(long personId, InterestForm form) {
        Person person = requireEditable(personId);
        Organisation organisation =
                form.getOrganisationId() == null ? null : em.find(Organisation.class, form.getOrganisationId());
        if (form.getId() == null) {
            DeclaredInterest interest = new DeclaredInterest(
                    person,
                    organisation,
                    form.getOtherParty(),
                    form.getNature(),
                    form.getDescription(),
                    form.getStartsOn(),
                    form.getEndsOn());
            em.persist(interest);
            em.flush();
            return interest.getId();
        }
        DeclaredInterest interest = interest(form.getId());
        if (!interest.getPerson().equals(person)) {
            throw new AccessDeniedException();
        }
        Versions.require(interest, form.getVersion());
        interest.describe(
                organisation,
                form.getOtherParty(),
                form.getNature(),
                form.getDescription(),
                form.getStartsOn(),
                form.getEndsOn());
        return interest.getId();
    }

    public void remove(long interestId, long versionShown) {
        DeclaredInterest interest = interest(interestId);
        requireEditable(interest.getPerson().getId());
        Versions.require(interest, versionShown);
        em.remove(interest);
    }

    /** The organisations a tie may be declared with: the directory's, by name. */
    public List<OrganisationOption> organisations() {
        return em.createQuery(
                        "select new org.concerto.meeting.OrganisationOption(o.id, o.name, o.category) from Organisation o order by o.name",
                        OrganisationOption.class)
                .getResultList();
    }

    private Person requireEditable(long personId) {
        Caller caller = callers.current();
        if (!caller.isSecretariat() && (caller.getPersonId() == null || caller.getPersonId() != personId)) {
            throw new AccessDeniedException();
        }
        return Entities.require(em, Person.class, personId);
    }

    private DeclaredInterest interest(long id) {
        return Entities.require(em, DeclaredInterest.class, id);
    }

    // --- conflicts -------------------------------------------------------------------------------

    /**
     * The conflicts panel of a meeting, item by item. The secretariat reads every flag with its tie and
     * decision; an invitee reads only the recusals.
     */
    public List<ItemConflicts> conflicts(long meetingId) {
        Meeting meeting = meetings.requireReadable(meetingId);
        boolean secretariat = callers.current().isSecretariat();
        Map<Long, ItemConflicts> items = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "select a.id, index(a), a.title from Meeting m join m.agenda a where m.id = :id order by index(a)",
                        Object[].class)
                .setParameter("id", meetingId)
                .getResultList()) {
            items.put((Long) row[0], new ItemConflicts((Long) row[0], (Integer) row[1] + 1, (String) row[2]));
        }
        Map<Key, ConflictRow> rows = new LinkedHashMap<>();
        Map<Long, String> organisationNames = new HashMap<>();
        Map<Long, String> personNames = new HashMap<>();
        for (ConflictDetection.Flag flag : flags(meeting, organisationNames, personNames)) {
            rows.computeIfAbsent(
                            new Key(flag.itemId(), flag.personId()),
                            k -> new ConflictRow(flag.itemId(), flag.personId(), personNames.get(flag.personId())))
                    .tie(organisationNames.get(flag.organisationId()), flag);
        }
        for (Object[] row : em.createQuery(
                        "select d.item.id, p.id, p.firstName, p.lastName, d.outcome, d.comment, d.version "
                                + "from InterestDecision d join d.person p where d.item.id in (select a.id from Meeting m join m.agenda a where m.id = :id)",
                        Object[].class)
                .setParameter("id", meetingId)
                .getResultList()) {
            long itemId = (Long) row[0];
            long personId = (Long) row[1];
            rows.computeIfAbsent(
                            new Key(itemId, personId), k -> new ConflictRow(itemId, personId, row[2] + " " + row[3]))
                    .decided((DecisionOutcome) row[4], (String) row[5], (Long) row[6]);
        }
        rows.values().stream().filter(row -> secretariat || row.isRecused()).forEach(row -> items.get(row.getItemId())
                .add(secretariat ? row : row.withoutTie()));
        return items.values().stream().filter(item -> !item.getRows().isEmpty()).toList();
    }

    /** Records (or changes) the decision about a flagged person on an item of the meeting. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void decide(
            long meetingId,
            long itemId,
            long personId,
            DecisionOutcome outcome,
            String comment,
            Long decisionVersionShown) {
        Meeting meeting = meetings.requireReadable(meetingId);
        AgendaItem item = meeting.getAgenda().stream()
                .filter(a -> a.getId() == itemId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("error.agenda.itemNotFound"));
        List<InterestDecision> existing = em.createQuery(
                        "select d from InterestDecision d where d.item.id = :item and d.person.id = :person",
                        InterestDecision.class)
                .setParameter("item", itemId)
                .setParameter("person", personId)
                .getResultList();
        InterestDecision decision;
        if (existing.isEmpty()) {
            if (decisionVersionShown != null) {
                throw new BusinessException("error.stale");
            }
            boolean flagged = flags(meeting, new HashMap<>(), new HashMap<>()).stream()
                    .anyMatch(f -> f.itemId() == itemId && f.personId() == personId);
            if (!flagged) {
                throw new BusinessException("error.interest.notFlagged");
            }
            decision = new InterestDecision(item, em.find(Person.class, personId));
            // Decided before it is persisted: the insert carries the state the entity has when persisted.
            decision.decide(outcome, comment, callers.current().getLogin(), clock);
            em.persist(decision);
            return;
        }
        decision = existing.get(0);
        if (decisionVersionShown == null) {
            throw new BusinessException("error.stale");
        }
        Versions.require(decision, decisionVersionShown);
        decision.decide(outcome, comment, callers.current().getLogin(), clock);
    }

    /** Runs the detection on the meeting's data, filling in the names it read on the way (no query per row). */
    private List<ConflictDetection.Flag> flags(
            Meeting meeting, Map<Long, String> organisationNames, Map<Long, String> personNames) {
        Map<Long, Set<Long>> concerned = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "select a.id, o.id, o.name from Meeting m join m.agenda a join a.concernedOrganisations o "
                                + "where m.id = :id order by index(a), o.name",
                        Object[].class)
                .setParameter("id", meeting.getId())
                .getResultList()) {
            concerned.computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>()).add((Long) row[1]);
            organisationNames.put((Long) row[1], (String) row[2]);
        }
        if (concerned.isEmpty()) {
            return List.of();
        }
        List<ConflictDetection.Invitee> invitees = new ArrayList<>();
        for (Object[] row : em.createQuery(
                        "select p.id, p.firstName, p.lastName, o.id from Invitation i join i.person p left join p.organisation o "
                                + "where i.meeting.id = :id order by p.lastName, p.firstName",
                        Object[].class)
                .setParameter("id", meeting.getId())
                .getResultList()) {
            invitees.add(new ConflictDetection.Invitee((Long) row[0], (Long) row[3]));
            personNames.put((Long) row[0], row[1] + " " + row[2]);
        }
        Set<Long> organisations = new LinkedHashSet<>();
        concerned.values().forEach(organisations::addAll);
        List<ConflictDetection.Tie> ties = em
                .createQuery(
                        "select d.person.id, d.organisation.id, d.nature, d.startsOn, d.endsOn "
                                + "from DeclaredInterest d where d.organisation.id in :organisations "
                                + "and d.person.id in (select i.person.id from Invitation i where i.meeting.id = :id) order by d.startsOn desc",
                        Object[].class)
                .setParameter("organisations", organisations)
                .setParameter("id", meeting.getId())
                .getResultList()
                .stream()
                .map(row -> new ConflictDetection.Tie(
                        (Long) row[0], (Long) row[1], (InterestNature) row[2], (LocalDate) row[3], (LocalDate) row[4]))
                .toList();
        LocalDate meetingDay = LocalDate.ofInstant(meeting.getSchedule().getStartsAt(), Zones.DEFAULT);
        return ConflictDetection.detect(meetingDay, concerned, invitees, ties);
    }

    /** One row per item and person. */
    private record Key(long itemId, long personId) {}
}
