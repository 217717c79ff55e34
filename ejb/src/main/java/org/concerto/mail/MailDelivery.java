package org.concerto.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Delivers what the outbox holds: called by {@link OutboxSchedule}'s timer, and by tests that do not want
 * to wait for it.
 */
@Stateless
@PermitAll
public class MailDelivery {

    /** Mails sent per tick at most: a long queue drains over several ticks instead of one long one. */
    static final int BATCH = 100;

    @Inject
    private MailSender sender;

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
