package org.concerto.minutes;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.concerto.pdf.DocumentDate;
import org.concerto.pdf.MinutesPdf;
import org.concerto.pdf.PdfFile;
import org.concerto.pdf.Seal;
import org.concerto.pdf.SealKeystore;
import org.concerto.shared.Messages;
import org.concerto.shared.NotFoundException;

/**
 * What anyone may read without an account: the published meetings with their public agenda and minutes, and
 * the verification of a file or a hash against the minutes Concerto sealed.
 */
@Stateless
@PermitAll
public class PublicMinutesService {

    /** Anything larger is not minutes Concerto made. */
    public static final int MAX_VERIFIED_BYTES = 30 * 1024 * 1024;

    @PersistenceContext
    private EntityManager em;

    /** The published meetings, newest first, with their agenda without confidential items; two queries in all. */
    public List<PublishedMeeting> published() {
        List<PublishedMeeting> meetings = em.createQuery(
                        "select new org.concerto.minutes.PublishedMeeting(m.id, m.title, m.subject, "
                                + "m.schedule.startsAt, n.publishedAt, m.illustrative) from Minutes n join n.meeting m where n.publishedAt is not null "
                                + "order by m.schedule.startsAt desc",
                        PublishedMeeting.class)
                .getResultList();
        if (meetings.isEmpty()) {
            return meetings;
        }
        Map<Long, PublishedMeeting> byId = new LinkedHashMap<>();
        meetings.forEach(m -> byId.put(m.getId(), m));
        em.createQuery(
                        "select m.id, a.title from Meeting m join m.agenda a where m.id in :ids and a.confidential = false "
                                + "order by m.id, index(a)",
                        Object[].class)
                .setParameter("ids", byId.keySet())
                .getResultList()
                .forEach(row -> byId.get((Long) row[0]).addItem((String) row[1]));
        return meetings;
    }

    /** The sealed public version of a published meeting's last approved minutes. */
    public PdfFile publicPdf(long meetingId) {
        MinutesVersion version = em.createQuery(
                        "select v from MinutesVersion v join v.minutes n where n.meeting.id = :id "
                                + "and n.publishedAt is not null and v.stage = :approved order by v.number desc",
                        MinutesVersion.class)
                .setParameter("id", meetingId)
                .setParameter("approved", Minutes.Stage.APPROVED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        return PdfFile.of(
                Messages.get(MinutesPdf.LANGUAGE, "documents.minutes.file") + "-"
                        + DocumentDate.iso(
                                version.getMinutes().getMeeting().getSchedule().getStartsAt()) + "-public.pdf",
                version.getPublicPdf());
    }

    /** Checks an uploaded file: it is authentic when Concerto kept exactly these bytes and the seal holds. */
    public Verification verify(byte[] file) {
        String hash = MinutesText.sha256(file);
        return lookup(hash, Seal.verify(file, SealKeystore.key().certificate()).sealed());
    }

    /** Checks a SHA-256 typed in: of a file Concerto issued, or the content hash printed in the minutes. */
    public Verification verify(String hash) {
        String normalised = hash == null ? "" : hash.strip().toLowerCase(Locale.ROOT);
        if (!normalised.matches("[0-9a-f]{64}")) {
            return new Verification(Verification.Outcome.MALFORMED, null, null, 0, null, null, false);
        }
        return lookup(normalised, false);
    }

    private Verification lookup(String hash, boolean sealed) {
        List<Object[]> rows = em.createQuery(
                        "select v.number, v.createdAt, m.title, m.schedule.startsAt, v.fileHash, v.publicFileHash, "
                                + "v.contentHash from MinutesVersion v join v.minutes n join n.meeting m where v.stage = :approved and "
                                + "(v.fileHash = :hash or v.publicFileHash = :hash or v.contentHash = :hash)",
                        Object[].class)
                .setParameter("approved", Minutes.Stage.APPROVED)
                .setParameter("hash", hash)
                .setMaxResults(1)
                .getResultList();
        if (rows.isEmpty()) {
            return new Verification(
                    sealed ? Verification.Outcome.SEALED_UNKNOWN : Verification.Outcome.UNKNOWN,
                    hash,
                    null,
                    0,
                    null,
                    null,
                    false);
        }
        Object[] row = rows.get(0);
        boolean publicCopy = hash.equals(row[5]);
        return new Verification(
                Verification.Outcome.AUTHENTIC,
                hash,
                (String) row[2],
                (Integer) row[0],
                (java.time.Instant) row[3],
                (java.time.Instant) row[1],
                publicCopy);
    }
}
