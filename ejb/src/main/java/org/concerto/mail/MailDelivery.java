package org.concerto.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;

/**
 * Empties the outbox every 30 seconds. The timer is persistent: ticks missed while the server was
 * stopped are caught up once, and the mails are still in the database anyway.
 */
@Stateless
@PermitAll
public class MailDelivery {

    /** Mails sent per tick at most: a long queue drains over several ticks instead of one long one. */
    static final int BATCH = 100;

    @Inject
    private MailSender sender;

    @Inject
    private Clock clock;

    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = true, info = "Concerto outbox delivery")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onTimer() {
        deliverDue(clock.instant());
    }

    /**
     * Delivers every mail due at that instant, each in its own transaction, so one failure never holds
     * back the others. Does nothing without a mail server: the mails stay held. Returns how many left.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int deliverDue(Instant asOf) {
        if (!MailSettings.isServerConfigured()) {
            return 0;
        }
        int sent = 0;
        for (Long id : sender.due(asOf, BATCH)) {
            if (sender.deliver(id, asOf)) {
                sent++;
            }
        }
        return sent;
    }
}
