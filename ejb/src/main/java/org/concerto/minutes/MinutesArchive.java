package org.concerto.minutes;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import org.concerto.pdf.MinutesContent;
import org.concerto.pdf.MinutesPdf;
import org.concerto.pdf.Seal;
import org.concerto.pdf.SealKeystore;
import org.concerto.shared.Messages;

/**
 * Keeps versions of the minutes: a text snapshot of each, and for approved ones the sealed PDF and the sealed
 * public version. Used by {@link MinutesService} once it has checked who may do what, and by the demo data.
 */
public final class MinutesArchive {

    private final EntityManager em;
    private final Clock clock;

    public MinutesArchive(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Keeps the minutes as they are now as the next version. */
    public MinutesVersion snapshot(Minutes minutes, Minutes.Stage stage, String reason, String author) {
        int number = nextNumber(minutes);
        MinutesContent content =
                new MinutesAssembler(em).content(minutes, stage, number, false, clock.instant(), reason);
        MinutesVersion version = new MinutesVersion(minutes, number, stage, content, reason, author, clock.instant());
        em.persist(version);
        return version;
    }

    /** Keeps approved minutes (or their correction) as a version with both sealed PDFs. */
    public MinutesVersion approved(Minutes minutes, String correction, String author) {
        MinutesVersion version = snapshot(minutes, Minutes.Stage.APPROVED, correction, author);
        MinutesAssembler assembler = new MinutesAssembler(em);
        Instant now = clock.instant();
        MinutesContent full =
                assembler.content(minutes, Minutes.Stage.APPROVED, version.getNumber(), false, now, correction);
        MinutesContent open =
                assembler.content(minutes, Minutes.Stage.APPROVED, version.getNumber(), true, now, correction);
        Seal.Key key = SealKeystore.key();
        String reason = Messages.get(MinutesPdf.LANGUAGE, "minutes.seal.reason");
        String location = full.meeting().regulator();
        version.keepFiles(
                Seal.sign(MinutesPdf.render(full), key, reason, location, now),
                Seal.sign(MinutesPdf.render(open), key, reason, location, now));
        return version;
    }

    int nextNumber(Minutes minutes) {
        if (minutes.getId() == null) {
            return 1;
        }
        Integer last = em.createQuery(
                        "select max(v.number) from MinutesVersion v where v.minutes = :minutes", Integer.class)
                .setParameter("minutes", minutes)
                .getSingleResult();
        return last == null ? 1 : last + 1;
    }
}
