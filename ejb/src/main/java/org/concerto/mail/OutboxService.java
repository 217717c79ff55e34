package org.concerto.mail;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.concerto.shared.Entities;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;

/**
 * The outbox as the secretariat reads it: every mail Concerto wrote, whether it left, and why not.
 * Mails say who is invited to what: only the secretariat reads them. The token of a one-time account link
 * (invitation, reset) is masked in what it shows, and each reading of such a mail is in the security log.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class OutboxService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<AccountMailRead> reads;

    @Resource
    private SessionContext context;

    /**
     * One page of mails, newest first. A mail whose account link expired before it left shows as such, even while
     * it waits for a mail server (it will never leave).
     */
    public List<OutboxRow> list(int first, int max) {
        Instant now = clock.instant();
        return em
                .createQuery(
                        "select new org.concerto.mail.OutboxRow(m.id, m.recipient, m.language, m.subject, m.state, "
                                + "m.createdAt, m.attempts, m.nextAttemptAt, m.lastError, m.sentAt, "
                                + "(select count(a) from OutboxMail o join o.attachments a where o = m), "
                                + "m.linkExpiresAt) "
                                + "from OutboxMail m order by m.createdAt desc, m.id desc",
                        OutboxRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList()
                .stream()
                .map(row -> row.asOf(now))
                .toList();
    }

    public long count() {
        return em.createQuery("select count(m) from OutboxMail m", Long.class).getSingleResult();
    }

    /** The bodies of one mail and the list of its attachments; an account link's token masked. */
    public MailContent content(long mailId, String remoteAddress) {
        OutboxMail mail = find(mailId);
        readAccountMail(mail, remoteAddress, "content");
        return new MailContent(mail);
    }

    /** One attachment with its content, for download; an account link's token masked in a text file. */
    public MailAttachment attachment(long mailId, int index, String remoteAddress) {
        OutboxMail mail = find(mailId);
        List<MailAttachment> attachments = mail.getAttachments();
        if (index < 0 || index >= attachments.size()) {
            throw new NotFoundException();
        }
        if (!mail.isAccountMail()) {
            return attachments.get(index);
        }
        readAccountMail(
                mail, remoteAddress, "attachment " + attachments.get(index).getFileName());
        return AccountLinkMask.attachment(attachments.get(index));
    }

    private void readAccountMail(OutboxMail mail, String remoteAddress, String what) {
        if (mail.isAccountMail()) {
            reads.fire(new AccountMailRead(
                    mail.getId(),
                    mail.getRecipient(),
                    context.getCallerPrincipal().getName(),
                    remoteAddress,
                    what));
        }
    }

    private OutboxMail find(long mailId) {
        return Entities.require(em, OutboxMail.class, mailId);
    }
}
