package org.concerto.privacy;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.concerto.mail.OutboxMail;
import org.concerto.participant.Person;
import org.concerto.shared.Role;

/**
 * Applies the retention schedule every night at 3:30 (a persistent timer: a night missed while the server
 * was down is caught up at start), and on demand for the secretariat, who can first see what it would do.
 * People invited to no meeting yet are left alone: the secretariat keeps its directory.
 */
@Stateless
public class RetentionPurge {

    private static final Logger LOG = Logger.getLogger(RetentionPurge.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Schedule(hour = "3", minute = "30", persistent = true, info = "Concerto retention schedule")
    @PermitAll
    public void onTimer() {
        apply(RetentionSchedule.fromSettings(), clock.instant());
    }

    /** What the schedule would remove now, without removing anything. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public RetentionCounts preview() {
        RetentionSchedule schedule = RetentionSchedule.fromSettings();
        Instant now = clock.instant();
        return new RetentionCounts(
                expiredPeople(schedule, now).size(), expiredMails(schedule, now).size(), schedule);
    }

    /** Applies the schedule now, as the timer would. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public RetentionCounts applyNow() {
        return apply(RetentionSchedule.fromSettings(), clock.instant());
    }

    private RetentionCounts apply(RetentionSchedule schedule, Instant now) {
        // Mails first: anonymising removes a person's own mails, which must not be counted twice.
        List<OutboxMail> mails = expiredMails(schedule, now);
        mails.forEach(em::remove);
        List<Person> people = expiredPeople(schedule, now);
        people.forEach(person -> Anonymiser.anonymise(em, person, now));
        LOG.info(() -> "Retention schedule applied: " + people.size() + " people anonymised, " + mails.size()
                + " mails deleted");
        return new RetentionCounts(people.size(), mails.size(), schedule);
    }

    /**
     * Not yet anonymised, not regulator staff, invited at least once, and every meeting they were invited
     * to ended before the cutoff. The demo's invented people are never due: its meetings replay 2019.
     */
    private List<Person> expiredPeople(RetentionSchedule schedule, Instant now) {
        return em.createQuery(
                        "select p from Person p where p.anonymisedAt is null"
                                + " and exists (select i.id from Invitation i where i.person = p)"
                                + " and not exists (select i.id from Invitation i where i.person = p"
                                + " and (i.meeting.schedule.endsAt >= :cutoff or i.meeting.illustrative = true))"
                                + " and not exists (select a.id from UserAccount a join a.roles r where a.person = p and r = :staff)",
                        Person.class)
                .setParameter("cutoff", schedule.personCutoff(now))
                .setParameter("staff", Role.SECRETARIAT)
                .getResultList();
    }

    private List<OutboxMail> expiredMails(RetentionSchedule schedule, Instant now) {
        return em.createQuery("select m from OutboxMail m where m.createdAt < :cutoff", OutboxMail.class)
                .setParameter("cutoff", schedule.outboxCutoff(now))
                .getResultList();
    }
}
