package org.concerto.action;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Reminds owners of their actions every morning (7:00, Paris): a number of days before the due date
 * (CONCERTO_ACTION_REMINDER_DAYS, 7 by default) and once it has passed. The timer is persistent, so a
 * morning missed while the server was stopped is caught up; what was sent is in the database, so a
 * restart never sends a reminder again.
 */
@Stateless
@PermitAll
public class ActionReminders {

    private static final Logger LOG = Logger.getLogger(ActionReminders.class.getName());
    /** Reminders per reason and run at most; the rest wait for the next run. */
    static final int BATCH = 500;

    @Inject
    private ReminderSender sender;

    @Inject
    private Clock clock;

    @Schedule(
            hour = "7",
            minute = "0",
            second = "0",
            timezone = "Europe/Paris",
            persistent = true,
            info = "Concerto action reminders")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onTimer() {
        remind(clock);
    }

    /** Sends the reminders due at the clock's time, each in its own transaction; returns how many were mailed. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int remind(Clock at) {
        ReminderPolicy policy = ReminderPolicy.configured(at);
        int sent = 0;
        for (ReminderReason reason : ReminderReason.values()) {
            for (Long id : sender.due(policy, reason, BATCH)) {
                try {
                    if (sender.send(id, reason, policy, at.instant())) {
                        sent++;
                    }
                } catch (EJBException e) {
                    // Another run recorded the same reminder first (the unique constraint refused ours): it is sent
                    // once.
                    LOG.fine(() -> "Reminder " + reason + " for action " + id + " not sent again: " + e.getMessage());
                }
            }
        }
        int total = sent;
        LOG.info(() -> "Action reminders: " + total + " mailed");
        return total;
    }
}
