package org.concerto.meeting;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.Entities;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.concerto.shared.Texts;
import org.concerto.shared.Versions;

/**
 * The secretariat prepares a meeting: creates, revises, copies for a follow-up or deletes a draft,
 * and decides who is invited. Each method is one transaction; every refusal leaves the meeting as it was.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class PreparationService {

    private static final Logger LOG = Logger.getLogger(PreparationService.class.getName());
    private static final int MAX_OPTIONS = 20;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<DraftDeleted> draftDeleted;

    /** Creates a draft meeting and returns its id. */
    public long create(MeetingDraft draft) {
        Meeting meeting = new Meeting(
                draft.getTitle(),
                draft.getSubject(),
                draft.schedule(),
                draft.getFormat(),
                draft.getVenue(),
                draft.getOnlineLink());
        meeting.describe(draft.getTitle(), draft.getPurpose(), draft.getSubject());
        meeting.limitSeats(draft.getSeatsPerOrganisation());
        em.persist(meeting);
        LOG.info(() -> "Meeting " + meeting.getId() + " created: " + meeting.getTitle());
        return meeting.getId();
    }

    /** The meeting as the form shows it, with its version. */
    public MeetingDraft draft(long meetingId) {
        return MeetingDraft.of(meeting(meetingId));
    }

    /** Saves the form; refused if someone else saved the meeting since the form was read. */
    public void revise(long meetingId, MeetingDraft draft) {
        Meeting meeting = meeting(meetingId);
        Versions.require(meeting, draft.getVersion());
        meeting.revise(
                draft.getTitle(),
                draft.getPurpose(),
                draft.getSubject(),
                draft.schedule(),
                draft.getFormat(),
                draft.getVenue(),
                draft.getOnlineLink(),
                draft.getSeatsPerOrganisation());
    }

    /** A draft for the next meeting on the same subject, with the same invitees and an empty agenda. */
    public long followUp(long meetingId, MeetingDraft schedule) {
        Meeting next = meeting(meetingId).followUp(schedule.schedule());
        em.persist(next);
        LOG.info(() -> "Meeting " + next.getId() + " created as a follow-up of " + meetingId);
        return next.getId();
    }

    /**
     * The meeting joins the series of another one (a meeting created with "new meeting" rather than "copy as
     * follow-up"): from then on the later one lists the actions still open in the earlier. The meetings already in the
     * joining meeting's own series come along, so that no series is split. Refused if someone else changed the
     * meeting since the page was read.
     */
    public void joinSeries(long meetingId, long versionShown, long otherMeetingId) {
        Meeting meeting = meeting(meetingId);
        Versions.require(meeting, versionShown);
        Meeting other = meeting(otherMeetingId);
        String former = meeting.getSeriesKey();
        meeting.continueSeriesOf(other);
        if (former != null && !former.equals(meeting.getSeriesKey())) {
            // The series key is no user's field: moving the former companions does not touch their versions.
            int moved = em.createQuery("update Meeting m set m.seriesKey = :series where m.seriesKey = :former")
                    .setParameter("series", meeting.getSeriesKey())
                    .setParameter("former", former)
                    .executeUpdate();
            LOG.info(() -> moved + " meeting(s) of the former series of meeting " + meetingId + " moved along");
        }
        LOG.info(() -> "Meeting " + meetingId + " joined the series of meeting " + otherMeetingId);
    }

    /** Meetings whose title matches the text and that are not in the meeting's series yet, the latest first. */
    public List<MeetingOption> seriesCandidates(long meetingId, String text) {
        Meeting meeting = meeting(meetingId);
        String like = Texts.containing(text == null ? "" : text);
        String series = meeting.getSeriesKey();
        jakarta.persistence.TypedQuery<MeetingOption> query = em.createQuery(
                        "select new org.concerto.meeting.MeetingOption(m.id, m.title, m.schedule.startsAt) from Meeting m "
                                + "where m.id <> :id and lower(m.title) like :text escape '\\' "
                                + (series == null ? "" : "and (m.seriesKey is null or m.seriesKey <> :series) ")
                                + "order by m.schedule.startsAt desc, m.id desc",
                        MeetingOption.class)
                .setParameter("id", meetingId)
                .setParameter("text", like);
        if (series != null) {
            query.setParameter("series", series);
        }
        return query.setMaxResults(MAX_OPTIONS).getResultList();
    }

    /** One meeting as an option, for a chosen suggestion coming back from the page. */
    public MeetingOption meetingOption(long meetingId) {
        Meeting meeting = meeting(meetingId);
        return new MeetingOption(
                meeting.getId(), meeting.getTitle(), meeting.getSchedule().getStartsAt());
    }

    /** The other meetings of the meeting's series, the latest first (none when it is in no series). */
    public List<MeetingOption> series(long meetingId) {
        Meeting meeting = meeting(meetingId);
        if (meeting.getSeriesKey() == null) {
            return List.of();
        }
        return em.createQuery(
                        "select new org.concerto.meeting.MeetingOption(m.id, m.title, m.schedule.startsAt) from Meeting m "
                                + "where m.seriesKey = :series and m.id <> :id order by m.schedule.startsAt desc, m.id desc",
                        MeetingOption.class)
                .setParameter("series", meeting.getSeriesKey())
                .setParameter("id", meetingId)
                .setMaxResults(MAX_OPTIONS)
                .getResultList();
    }

    public void delete(long meetingId, long versionShown) {
        Meeting meeting = meeting(meetingId);
        Versions.require(meeting, versionShown);
        meeting.requireDeletable();
        draftDeleted.fire(new DraftDeleted(
                meetingId,
                meeting.getAgenda().stream().map(AbstractEntity::getId).toList()));
        em.remove(meeting);
        LOG.info(() -> "Draft meeting " + meetingId + " deleted");
    }

    public void invite(long meetingId, long personId, MeetingRole role) {
        meeting(meetingId).invite(person(personId), role);
    }

    /** Invites the chosen delegates of an organisation, all or none (a full organisation refuses the lot). */
    public void inviteAll(long meetingId, List<Long> personIds, MeetingRole role) {
        Meeting meeting = meeting(meetingId);
        for (Long personId : personIds) {
            meeting.invite(person(personId), role);
        }
    }

    public void uninvite(long meetingId, long personId) {
        meeting(meetingId).uninvite(person(personId));
    }

    /** People of the directory matching the text (name, e-mail or organisation) and not invited yet. */
    public List<PersonOption> invitable(long meetingId, String text) {
        String like = Texts.containing(text == null ? "" : text);
        return em.createQuery(
                        "select new org.concerto.meeting.PersonOption(p.id, p.firstName, p.lastName, o.name, p.email) "
                                + "from Person p left join p.organisation o where (lower(p.lastName) like :text escape '\\' "
                                + "or lower(p.firstName) like :text escape '\\' or p.email like :text escape '\\' or lower(o.name) like :text escape '\\') "
                                + "and not exists (select i from Invitation i where i.meeting.id = :meeting and i.person = p) "
                                + "order by p.lastName, p.firstName",
                        PersonOption.class)
                .setParameter("text", like)
                .setParameter("meeting", meetingId)
                .setMaxResults(MAX_OPTIONS)
                .getResultList();
    }

    /** One person as an option, for a chosen suggestion coming back from the page. */
    public PersonOption option(long personId) {
        return em.createQuery(
                        "select new org.concerto.meeting.PersonOption(p.id, p.firstName, p.lastName, o.name, p.email) "
                                + "from Person p left join p.organisation o where p.id = :id",
                        PersonOption.class)
                .setParameter("id", personId)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    public List<OrganisationOption> organisations() {
        return em.createQuery(
                        "select new org.concerto.meeting.OrganisationOption(o.id, o.name, o.category) from Organisation o "
                                + "order by o.name",
                        OrganisationOption.class)
                .getResultList();
    }

    /** The members of an organisation who are not invited to the meeting yet. */
    public List<PersonOption> delegates(long meetingId, long organisationId) {
        return em.createQuery(
                        "select new org.concerto.meeting.PersonOption(p.id, p.firstName, p.lastName, o.name, p.email) "
                                + "from Person p join p.organisation o where o.id = :organisation "
                                + "and not exists (select i from Invitation i where i.meeting.id = :meeting and i.person = p) "
                                + "order by p.lastName, p.firstName",
                        PersonOption.class)
                .setParameter("organisation", organisationId)
                .setParameter("meeting", meetingId)
                .getResultList();
    }

    private Meeting meeting(long id) {
        return Entities.require(em, Meeting.class, id);
    }

    private Person person(long id) {
        return Entities.require(em, Person.class, id);
    }
}
