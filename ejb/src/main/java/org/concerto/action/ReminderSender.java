package org.concerto.action;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.concerto.mail.Outbox;

/** Finds the reminders due and sends each in a transaction of its own: its record and its mail commit together or not at all. */
@Stateless
// Called by the reminder timer, which runs with no caller; never exposed outside the application.
@PermitAll
public class ReminderSender {

    private static final Logger LOG = Logger.getLogger(ReminderSender.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Outbox outbox;

    /** The ids of the pending actions that call for this reminder today and have not had it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(ReminderPolicy policy, ReminderReason reason, int max) {
        String window = reason == ReminderReason.OVERDUE
                ? "a.dueDate < :today"
                : "a.dueDate >= :today and a.dueDate <= :horizon";
        var query = em.createQuery(
                        "select a.id from ActionItem a where a.status in (org.concerto.action.ActionStatus.OPEN, "
                                + "org.concerto.action.ActionStatus.IN_PROGRESS) and " + window
                                + " and not exists (select r from ActionReminder r "
                                + "where r.action = a and r.reason = :reason) order by a.dueDate, a.id",
                        Long.class)
                .setParameter("today", policy.today())
                .setParameter("reason", reason)
                .setMaxResults(max);
        if (reason == ReminderReason.DUE_SOON) {
            query.setParameter("horizon", policy.horizon());
        }
        return query.getResultList();
    }

    /**
     * Mails the reminder if the action still calls for it and has not had it: the action is locked, so
     * a second run at the same time waits and then finds the record; the unique constraint on the
     * record is the last guard.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean send(long actionId, ReminderReason reason, ReminderPolicy policy, Instant now) {
        ActionItem action = em.find(ActionItem.class, actionId, LockModeType.PESSIMISTIC_WRITE);
        if (action == null
                || policy.reasonFor(action.getStatus(), action.getDueDate()).orElse(null) != reason) {
            return false;
        }
        boolean sent = em.createQuery(
                                "select count(r) from ActionReminder r where r.action = :action and r.reason = :reason",
                                Long.class)
                        .setParameter("action", action)
                        .setParameter("reason", reason)
                        .getSingleResult()
                > 0;
        if (sent) {
            return false;
        }
        em.persist(new ActionReminder(action, reason, now));
        em.flush();
        outbox.enqueue(ReminderMails.write(action, reason));
        LOG.info(() -> "Reminder " + reason + " for action " + actionId + " to "
                + action.getOwnerPerson().getEmail());
        return true;
    }
}
