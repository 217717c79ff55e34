package org.concerto.agenda;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.concerto.meeting.Meeting;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.security.Role;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Versions;

import java.util.List;

/**
 * The secretariat builds the agenda: adds, edits, reorders and removes items until the meeting is held.
 * Reordering and removing carry the meeting's version, so two people rearranging the same agenda never
 * silently undo each other.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class AgendaService {

    @PersistenceContext
    private EntityManager em;

    public long add(long meetingId, AgendaItemDraft draft) {
        AgendaItem item = new AgendaItem(draft.getTitle(), draft.getDescription(), draft.getKind(), minutes(draft));
        item.presentedBy(person(draft.getPresenterPersonId()), organisation(draft.getPresenterOrganisationId()));
        item.markConfidential(draft.isConfidential());
        item.concern(organisations(draft.getConcernedOrganisationIds()));
        meeting(meetingId).addAgendaItem(item);
        em.flush();
        return item.getId();
    }

    public AgendaItemDraft draft(long meetingId, long itemId) {
        return AgendaItemDraft.of(meeting(meetingId).agendaItem(itemId));
    }

    public void update(long meetingId, AgendaItemDraft draft) {
        AgendaItem item = meeting(meetingId).agendaItem(draft.getId());
        Versions.require(item, draft.getVersion());
        item.describe(draft.getTitle(), draft.getDescription(), draft.getKind());
        item.plan(minutes(draft));
        item.presentedBy(person(draft.getPresenterPersonId()), organisation(draft.getPresenterOrganisationId()));
        item.markConfidential(draft.isConfidential());
        item.concern(organisations(draft.getConcernedOrganisationIds()));
    }

    /** Moves an item to a new place (0 is the first). */
    public void move(long meetingId, long meetingVersionShown, long itemId, int newIndex) {
        Meeting meeting = meeting(meetingId);
        Versions.require(meeting, meetingVersionShown);
        meeting.moveAgendaItem(itemId, newIndex);
    }

    public void remove(long meetingId, long meetingVersionShown, long itemId) {
        Meeting meeting = meeting(meetingId);
        Versions.require(meeting, meetingVersionShown);
        meeting.removeAgendaItem(itemId);
    }

    private static int minutes(AgendaItemDraft draft) {
        return draft.getPlannedMinutes() == null ? 0 : draft.getPlannedMinutes();
    }

    private Meeting meeting(long id) {
        Meeting meeting = em.find(Meeting.class, id);
        if (meeting == null) {
            throw new NotFoundException();
        }
        return meeting;
    }

    private Person person(Long id) {
        return id == null ? null : em.find(Person.class, id);
    }

    private List<Organisation> organisations(List<Long> ids) {
        return ids == null || ids.isEmpty() ? List.of()
                : em.createQuery("select o from Organisation o where o.id in :ids", Organisation.class).setParameter("ids", ids).getResultList();
    }

    private Organisation organisation(Long id) {
        return id == null ? null : em.find(Organisation.class, id);
    }
}
