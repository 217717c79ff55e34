package org.concerto.mail;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.concerto.shared.Entities;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;

/**
 * The outbox as the secretariat reads it: every mail Concerto wrote, whether it left, and why not.
 * Mails say who is invited to what: only the secretariat reads them.
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
public class OutboxService {

    @PersistenceContext
    private EntityManager em;

    /** One page of mails, newest first. */
    public List<OutboxRow> list(int first, int max) {
        return em.createQuery(
                        "select new org.concerto.mail.OutboxRow(m.id, m.recipient, m.language, m.subject, m.state, "
                                + "m.createdAt, m.attempts, m.nextAttemptAt, m.lastError, m.sentAt, "
                                + "(select count(a) from OutboxMail o join o.attachments a where o = m)) "
                                + "from OutboxMail m order by m.createdAt desc, m.id desc",
                        OutboxRow.class)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, 200)))
                .getResultList();
    }

    public long count() {
        return em.createQuery("select count(m) from OutboxMail m", Long.class).getSingleResult();
    }

    /** The bodies of one mail and the list of its attachments. */
    public MailContent content(long mailId) {
        return new MailContent(find(mailId));
    }

    /** One attachment with its content, for download. */
    public MailAttachment attachment(long mailId, int index) {
        List<MailAttachment> attachments = find(mailId).getAttachments();
        if (index < 0 || index >= attachments.size()) {
            throw new NotFoundException();
        }
        return attachments.get(index);
    }

    private OutboxMail find(long mailId) {
        return Entities.require(em, OutboxMail.class, mailId);
    }
}
