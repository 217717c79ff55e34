package org.concerto.privacy;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.concerto.mail.OutboxMail;
import org.concerto.participant.Person;
import org.concerto.security.UserAccount;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Role;

/**
 * Anonymises one person, for the secretariat's button and the retention timer alike: the pseudonym replaces
 * the name and contact details, their account is closed and the mails addressed to them leave the outbox.
 * Invitations, attendance, declared interests and recusals stay (the regulator must keep them) and now point
 * to the pseudonym. Stored files (agenda documents, published minutes) are never touched.
 */
final class Anonymiser {

    private Anonymiser() {}

    /** Regulator staff keep their names: what they did is signed by them. */
    static boolean isStaff(EntityManager em, long personId) {
        return !em.createQuery(
                        "select a.id from UserAccount a join a.roles r where a.person.id = :person and r = :role",
                        Long.class)
                .setParameter("person", personId)
                .setParameter("role", Role.SECRETARIAT)
                .getResultList()
                .isEmpty();
    }

    static void anonymise(EntityManager em, Person person, Instant now) {
        if (isStaff(em, person.getId())) {
            throw new BusinessException("error.privacy.staff", person.getDisplayName());
        }
        String formerEmail = person.getEmail();
        person.anonymise(now);
        em.createQuery("select a from UserAccount a where a.person = :person", UserAccount.class)
                .setParameter("person", person)
                .getResultList()
                .forEach(UserAccount::disable);
        // One by one: each mail's attachments go with it.
        List<OutboxMail> mails = em.createQuery(
                        "select m from OutboxMail m where m.recipient = :email", OutboxMail.class)
                .setParameter("email", formerEmail)
                .getResultList();
        mails.forEach(em::remove);
    }
}
