package org.concerto.contribution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.concerto.files.FileContent;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.MeetingService;
import org.concerto.pdf.MeetingPackPdf;
import org.concerto.security.CallerService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.Messages;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.concerto.shared.Zones;

/** The meeting pack: the secretariat has it built, the page follows the build, every invitee downloads the newest one. */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
public class PackService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeetingService meetings;

    @Inject
    private CallerService callers;

    @Inject
    private PackJobs jobs;

    @Inject
    private PackBuilder builder;

    @Inject
    private org.concerto.files.FileStore files;

    /**
     * Starts a build in the background and returns at once. No transaction here: the queued pack must be
     * committed before the builder, on another thread, looks for it.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long build(long meetingId) {
        long packId = jobs.create(meetingId, callers.current().getLogin());
        builder.build(packId);
        return packId;
    }

    /** The newest build and the newest pack ready to download. */
    public PackState state(long meetingId) {
        meetings.requireReadable(meetingId);
        List<MeetingPack> packs = em.createQuery(
                        "select p from MeetingPack p where p.meeting.id = :m order by p.requestedAt desc, p.id desc",
                        MeetingPack.class)
                .setParameter("m", meetingId)
                .setMaxResults(5)
                .getResultList();
        if (packs.isEmpty()) {
            return new PackState(null, 0, null, null);
        }
        MeetingPack newest = packs.get(0);
        MeetingPack ready = packs.stream()
                .filter(p -> p.getStatus() == PackStatus.DONE)
                .findFirst()
                .orElse(null);
        return new PackState(
                newest.getStatus(),
                newest.percent(),
                ready == null ? null : ready.getFinishedAt(),
                ready == null ? null : ready.getSize());
    }

    /** The newest finished pack of a meeting, for whoever may read the meeting. */
    public FileContent download(long meetingId) {
        Meeting meeting = meetings.requireReadable(meetingId);
        if (!callers.current().isSecretariat()
                && meetings.roleOf(meetingId) == MeetingRole.OBSERVER
                && !ContributionAccess.mayReadPack(accepted(meetingId), ContributionAccess.Reader.OBSERVER)) {
            // Observers do not receive the documents of confidential items (docs/security.md); the pack is one file for
            // everyone.
            throw new AccessDeniedException();
        }
        MeetingPack pack = em.createQuery(
                        "select p from MeetingPack p where p.meeting.id = :m and p.status = :done "
                                + "order by p.finishedAt desc, p.id desc",
                        MeetingPack.class)
                .setParameter("m", meetingId)
                .setParameter("done", PackStatus.DONE)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
        String name = Messages.get(MeetingPackPdf.LANGUAGE, "pack.file") + "-"
                + DateTimeFormatter.ISO_LOCAL_DATE
                        .withZone(Zones.DEFAULT)
                        .format(meeting.getSchedule().getStartsAt()) + ".pdf";
        try {
            return new FileContent(name, "application/pdf", pack.getSize(), files.open(pack.getStorageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Contribution> accepted(long meetingId) {
        return em.createQuery(
                        "select distinct c from Contribution c left join fetch c.agendaItem left join fetch c.versions "
                                + "where c.meeting.id = :m and c.status = :accepted",
                        Contribution.class)
                .setParameter("m", meetingId)
                .setParameter("accepted", ContributionStatus.ACCEPTED)
                .getResultList();
    }
}
