package org.concerto.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Where services post their mails. {@link #enqueue} joins the caller's transaction: a step that is
 * refused and rolled back leaves no mail behind, and a step that commits always has its mails.
 */
@Stateless
// Local only, never exposed: callers are other services, which have already checked who may do what
// (including an invitee answering through their token, who is not logged in).
@PermitAll
public class Outbox {

    private static final Logger LOG = Logger.getLogger(Outbox.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public Long enqueue(OutgoingMail mail) {
        OutboxMail stored = mail.toOutboxMail(!MailSettings.isServerConfigured(), clock);
        em.persist(stored);
        LOG.fine(() -> "Mail queued for " + stored.getRecipient() + ": " + stored.getSubject());
        return stored.getId();
    }
}
