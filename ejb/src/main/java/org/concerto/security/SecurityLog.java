package org.concerto.security;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.concerto.mail.AccountMailRead;
import org.concerto.shared.Role;

/**
 * The security log: logins, failures, lockouts, refused accesses, downloads of confidential documents,
 * account links. One API for every feature: {@link #record} writes a row (in its own transaction, so that
 * a refusal that rolls the caller back is still logged) and a line in concerto.log (logger
 * {@code org.concerto.security.SecurityLog}).
 */
@Stateless
public class SecurityLog {

    private static final Logger LOG = Logger.getLogger(SecurityLog.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Records an event. {@code login} is who acted or who was named (may be null), {@code remoteAddress}
     * the client's address when the web layer knows it, {@code detail} what was concerned (a path, a
     * document): never a password or a token.
     */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void record(SecurityEventKind kind, String login, String remoteAddress, String detail) {
        em.persist(new SecurityEvent(clock.instant(), kind, login, remoteAddress, detail));
        LOG.info(() -> "Security: " + kind + " login=" + login + " from=" + remoteAddress
                + (detail == null ? "" : " " + detail));
    }

    /** A mail with a one-time account link was read in the outbox: who read which mail, from where. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void accountMailRead(@Observes AccountMailRead read) {
        record(
                SecurityEventKind.ACCOUNT_MAIL_READ,
                read.reader(),
                read.remoteAddress(),
                "mail " + read.mailId() + " to " + read.recipient() + ": " + read.what());
    }

    /** One page of the log, newest first, filtered in the database; {@code from} included, {@code to} excluded. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<SecurityEventRow> search(
            SecurityEventKind kind, String login, Instant from, Instant to, int first, int max) {
        LogPeriod.require(from, to);
        TypedQuery<SecurityEventRow> query = em.createQuery(
                "select new org.concerto.security.SecurityEventRow(e.id, e.occurredAt, e.kind, "
                        + "e.login, e.remoteAddress, e.detail) from SecurityEvent e" + where(kind, login, from, to)
                        + " order by e.occurredAt desc, e.id desc",
                SecurityEventRow.class);
        bind(query, kind, login, from, to);
        return query.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.min(Math.max(1, max), 200))
                .getResultList();
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public long count(SecurityEventKind kind, String login, Instant from, Instant to) {
        LogPeriod.require(from, to);
        TypedQuery<Long> query =
                em.createQuery("select count(e) from SecurityEvent e" + where(kind, login, from, to), Long.class);
        bind(query, kind, login, from, to);
        return query.getSingleResult();
    }

    // Only fixed fragments are concatenated; every value is a parameter.
    private static String where(SecurityEventKind kind, String login, Instant from, Instant to) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (kind != null) {
            where.append(" and e.kind = :kind");
        }
        if (login != null && !login.isBlank()) {
            where.append(" and lower(e.login) like :login escape '!'");
        }
        if (from != null) {
            where.append(" and e.occurredAt >= :from");
        }
        if (to != null) {
            where.append(" and e.occurredAt < :to");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, SecurityEventKind kind, String login, Instant from, Instant to) {
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (login != null && !login.isBlank()) {
            String escaped = login.trim()
                    .toLowerCase(Locale.ROOT)
                    .replace("!", "!!")
                    .replace("%", "!%")
                    .replace("_", "!_");
            query.setParameter("login", "%" + escaped + "%");
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
    }
}
