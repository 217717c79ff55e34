package org.concerto.convening;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.concerto.mail.Outbox;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.InvitationResponse;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.Schedule;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Entities;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;

/**
 * The secretariat's steps in the life of a meeting that invitees must hear about. The entity decides
 * whether a step is possible; the mails are posted in the same transaction, so a refusal sends nothing.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class ConveningService {

    private static final Logger LOG = Logger.getLogger(ConveningService.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    /** Convenes the meeting: every invitee gets the notice with its calendar invitation. Returns how many. */
    public int convene(long meetingId, long version) {
        Meeting meeting = find(meetingId, version);
        meeting.convene(clock);
        int sent = sendToAll(meeting, NoticeKind.CONVENE);
        LOG.info(() -> "Meeting " + meetingId + " convened: " + sent + " notices");
        return sent;
    }

    /** Moves the meeting to a new date: every invitee gets the updated calendar invitation. */
    public int postpone(long meetingId, long version, Instant startsAt, Instant endsAt) {
        Meeting meeting = find(meetingId, version);
        meeting.postpone(new Schedule(startsAt, endsAt), clock);
        int sent = sendToAll(meeting, NoticeKind.POSTPONE);
        LOG.info(() -> "Meeting " + meetingId + " postponed to " + startsAt + ": " + sent + " mails");
        return sent;
    }

    /** Calls the meeting off; invitees who had a notice get the calendar cancellation. */
    public int cancel(long meetingId, long version) {
        Meeting meeting = find(meetingId, version);
        boolean told = meeting.haveNoticesBeenSent();
        meeting.cancel();
        int sent = told ? sendToAll(meeting, NoticeKind.CANCEL) : 0;
        LOG.info(() -> "Meeting " + meetingId + " cancelled: " + sent + " mails");
        return sent;
    }

    public void markHeld(long meetingId, long version) {
        find(meetingId, version).markHeld(clock);
        LOG.info(() -> "Meeting " + meetingId + " held");
    }

    /** One reminder to each invitee who has not answered yet; returns how many. */
    public int remind(long meetingId, long version) {
        Meeting meeting = find(meetingId, version);
        if (!meeting.haveNoticesBeenSent()) {
            throw new BusinessException("error.meeting.remind.notConvened", meeting.getStatus());
        }
        int sent = 0;
        for (Invitation invitation : meeting.getInvitations()) {
            if (invitation.getResponse() == InvitationResponse.PENDING) {
                outbox.enqueue(Notices.write(NoticeKind.REMIND, invitation, null, clock.instant()));
                sent++;
            }
        }
        return sent;
    }

    /** Every answer of the meeting at a glance. */
    public ResponseOverview responses(long meetingId) {
        if (em.find(Meeting.class, meetingId) == null) {
            throw new NotFoundException();
        }
        return new ResponseOverview(em.createQuery(
                        "select i.person.id, i.response from Invitation i where i.meeting.id = :id", Object[].class)
                .setParameter("id", meetingId)
                .getResultList());
    }

    private int sendToAll(Meeting meeting, NoticeKind kind) {
        Instant now = clock.instant();
        for (Invitation invitation : meeting.getInvitations()) {
            outbox.enqueue(Notices.write(kind, invitation, null, now));
        }
        return meeting.getInvitations().size();
    }

    /** The meeting as the page showed it: a change made since then by someone else is refused, not overwritten. */
    private Meeting find(long meetingId, long version) {
        Meeting meeting = Entities.require(em, Meeting.class, meetingId);
        if (meeting.getVersion() != version) {
            throw new BusinessException("error.meeting.stale");
        }
        return meeting;
    }
}
