package org.concerto.convening;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.concerto.mail.Outbox;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.InvitationResponse;
import org.concerto.meeting.MeetingService;
import org.concerto.participant.Person;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.shared.BusinessException;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;

/**
 * Invitees answer their invitation: through the link of their notice, or from the meeting page.
 *
 * <p>The link works without logging in, on purpose: most invitees are people of the directory with no
 * account, and must answer from their mailbox. The token is 256 random bits, mailed only to the invitee,
 * and it reaches exactly one invitation: every method that takes it reads that invitation and changes
 * only it (and, for a substitute, invites the colleague it names). It shows no more than the notice
 * itself said.
 */
@Stateless
public class AnswerService {

    private static final Logger LOG = Logger.getLogger(AnswerService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private CallerService callers;

    @Inject
    private MeetingService meetings;

    @Inject
    private Clock clock;

    @PermitAll
    public AnswerView byToken(String token) {
        Invitation invitation = byTokenOrNotFound(token);
        return view(invitation);
    }

    @PermitAll
    public void answer(String token, InvitationResponse response) {
        Invitation invitation = byTokenOrNotFound(token);
        invitation.answer(response, clock);
        LOG.info(() -> "Invitation " + invitation.getId() + " answered through its link: " + response);
    }

    /** Sends the colleague instead: they are invited and get their own notice. */
    @PermitAll
    public void substitute(String token, Long colleagueId) {
        substitute(byTokenOrNotFound(token), colleagueId);
    }

    /** The caller's own invitation to the meeting, or null when they are not invited. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public AnswerView mine(long meetingId) {
        Invitation invitation = own(meetingId);
        return invitation == null ? null : view(invitation);
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public void answerMine(long meetingId, InvitationResponse response) {
        Invitation invitation = own(meetingId);
        if (invitation == null) {
            throw new NotFoundException();
        }
        invitation.answer(response, clock);
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public void substituteMine(long meetingId, Long colleagueId) {
        Invitation invitation = own(meetingId);
        if (invitation == null) {
            throw new NotFoundException();
        }
        substitute(invitation, colleagueId);
    }

    private void substitute(Invitation invitation, Long colleagueId) {
        Person colleague = colleagueId == null ? null : em.find(Person.class, colleagueId);
        if (colleague == null) {
            throw new BusinessException("error.invitation.substituteRequired");
        }
        Invitation replacement = invitation.substituteBy(colleague, clock);
        em.persist(replacement);
        outbox.enqueue(Notices.write(NoticeKind.SUBSTITUTE, replacement, invitation.getPerson(), clock.instant()));
        LOG.info(() -> "Invitation " + invitation.getId() + ": " + colleague.getDisplayName() + " comes instead");
    }

    /** The caller's invitation to a meeting they may read (an outsider is refused, not told "not invited"). */
    private Invitation own(long meetingId) {
        meetings.requireReadable(meetingId);
        Caller caller = callers.current();
        if (caller.getPersonId() == null) {
            return null;
        }
        return em.createQuery(
                        "select i from Invitation i where i.meeting.id = :meeting and i.person.id = :person",
                        Invitation.class)
                .setParameter("meeting", meetingId)
                .setParameter("person", caller.getPersonId())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Invitation byTokenOrNotFound(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            throw new NotFoundException();
        }
        return em.createNamedQuery("Invitation.byToken", Invitation.class)
                .setParameter("token", token.trim())
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private AnswerView view(Invitation invitation) {
        Person invitee = invitation.getPerson();
        List<Colleague> colleagues = invitee.getOrganisation() == null
                ? List.of()
                : em.createQuery(
                                "select new org.concerto.convening.Colleague(p.id, p.firstName, p.lastName) from Person p "
                                        + "where p.organisation.id = :organisation and not exists "
                                        + "(select i from Invitation i where i.meeting.id = :meeting and i.person = p) order by p.lastName, p.firstName",
                                Colleague.class)
                        .setParameter("organisation", invitee.getOrganisation().getId())
                        .setParameter("meeting", invitation.getMeeting().getId())
                        .getResultList();
        return new AnswerView(invitation, colleagues);
    }
}
