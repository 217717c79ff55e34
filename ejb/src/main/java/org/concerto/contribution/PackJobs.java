package org.concerto.contribution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.concerto.files.FileKind;
import org.concerto.files.FileStore;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingDocuments;
import org.concerto.meeting.MeetingService;
import org.concerto.pdf.AgendaLine;
import org.concerto.pdf.DocumentMeeting;
import org.concerto.pdf.MeetingPackPdf;
import org.concerto.pdf.PackContent;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Entities;
import org.concerto.shared.Role;
import org.concerto.shared.Settings;

/**
 * The steps of a pack build, each in a transaction of its own so that the page polling the progress
 * sees every step as soon as it is done, while the long rendering holds no transaction at all.
 */
@Stateless
// Called by PackService and PackBuilder, with the identity of the secretariat member who asked for the pack.
@RolesAllowed(Role.Names.SECRETARIAT)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PackJobs {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeetingService meetings;

    @Inject
    private FileStore files;

    @Inject
    private Clock clock;

    /** What the builder needs, gathered in one transaction. */
    public record Plan(DocumentMeeting meeting, List<AgendaLine> agenda, List<PackContent.Section> sections) {}

    public long create(long meetingId, String requestedBy) {
        Meeting meeting = meetings.requireReadable(meetingId);
        boolean underWay = em.createQuery(
                                "select count(p) from MeetingPack p where p.meeting.id = :m and p.status in :states",
                                Long.class)
                        .setParameter("m", meetingId)
                        .setParameter("states", List.of(PackStatus.QUEUED, PackStatus.RUNNING))
                        .getSingleResult()
                > 0;
        if (underWay) {
            throw new BusinessException("error.pack.underWay");
        }
        MeetingPack pack = new MeetingPack(meeting, requestedBy, clock.instant());
        em.persist(pack);
        em.flush();
        return pack.getId();
    }

    public Plan plan(long packId) {
        MeetingPack pack = pack(packId);
        long meetingId = pack.getMeeting().getId();
        MeetingDetails details = meetings.details(meetingId);
        List<PackContent.Section> sections = sections(meetingId);
        pack.start(MeetingPackPdf.steps(sections));
        return new Plan(
                MeetingDocuments.document(details, Settings.regulatorName()),
                MeetingDocuments.lines(details.getStartsAt(), details.getAgenda()),
                sections);
    }

    public void progress(long packId, int done) {
        pack(packId).progress(done);
    }

    /** Keeps the new pack and forgets the older ones (their files go once this commits). */
    public void finish(long packId, FileStore.Upload upload) {
        MeetingPack pack = pack(packId);
        pack.finish(files.keep(upload), upload.size(), upload.sha256(), clock.instant());
        for (MeetingPack older : em.createQuery(
                        "select p from MeetingPack p where p.meeting = :m and p.id <> :id and p.status <> :running",
                        MeetingPack.class)
                .setParameter("m", pack.getMeeting())
                .setParameter("id", packId)
                .setParameter("running", PackStatus.RUNNING)
                .getResultList()) {
            if (older.getStorageKey() != null) {
                files.deleteAfterCommit(older.getStorageKey());
            }
            em.remove(older);
        }
    }

    public void fail(long packId, String reason) {
        pack(packId).fail(reason, clock.instant());
    }

    /** Accepted contributions as invitees read them, by agenda item in agenda order, the whole meeting first. */
    private List<PackContent.Section> sections(long meetingId) {
        List<Contribution> accepted = em.createQuery(
                        "select distinct c from Contribution c join fetch c.author "
                                + "left join fetch c.onBehalfOf left join fetch c.agendaItem left join fetch c.versions "
                                + "where c.meeting.id = :m and c.status = :accepted",
                        Contribution.class)
                .setParameter("m", meetingId)
                .setParameter("accepted", ContributionStatus.ACCEPTED)
                .getResultList();
        Map<Long, Integer> positions = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select a.id, index(a) from Meeting m join m.agenda a where m.id = :m", Object[].class)
                .setParameter("m", meetingId)
                .getResultList()) {
            positions.put((Long) row[0], (Integer) row[1]);
        }
        Map<Long, List<ContributionFile>> filesByVersion = new HashMap<>();
        if (!accepted.isEmpty()) {
            for (ContributionFile file : em.createQuery(
                            "select f from ContributionFile f join fetch f.contributionVersion "
                                    + "where f.contributionVersion.contribution.id in :ids order by f.position",
                            ContributionFile.class)
                    .setParameter(
                            "ids", accepted.stream().map(Contribution::getId).toList())
                    .getResultList()) {
                filesByVersion
                        .computeIfAbsent(file.getContributionVersion().getId(), k -> new ArrayList<>())
                        .add(file);
            }
        }
        accepted.sort(Comparator.comparing((Contribution c) -> c.getAgendaItem() == null
                        ? -1
                        : positions.getOrDefault(c.getAgendaItem().getId(), -1))
                .thenComparing(Contribution::getId));
        Map<Integer, List<PackContent.Entry>> byPosition = new LinkedHashMap<>();
        Map<Integer, String> titles = new HashMap<>();
        for (Contribution contribution : accepted) {
            // One pack for every invitee: what an invitee reads.
            Optional<ContributionVersion> shared =
                    ContributionAccess.sharedVersion(contribution, ContributionAccess.Reader.INVITEE);
            if (shared.isEmpty()) {
                continue;
            }
            ContributionVersion version = shared.get();
            int position = contribution.getAgendaItem() == null
                    ? -1
                    : positions.getOrDefault(contribution.getAgendaItem().getId(), -1);
            titles.put(
                    position,
                    contribution.getAgendaItem() == null
                            ? null
                            : contribution.getAgendaItem().getTitle());
            List<PackContent.File> packFiles = filesByVersion.getOrDefault(version.getId(), List.of()).stream()
                    .map(f -> new PackContent.File(
                            f.getFile().fileName(),
                            f.getFile().kind() == FileKind.PDF,
                            files.locate(f.getFile().storageKey()),
                            f.getFile().size(),
                            f.getFile().sha256()))
                    .toList();
            byPosition
                    .computeIfAbsent(position, k -> new ArrayList<>())
                    .add(new PackContent.Entry(
                            contribution.getTitle(),
                            contribution.getAuthor().getDisplayName(),
                            contribution.getOnBehalfOf() == null
                                    ? null
                                    : contribution.getOnBehalfOf().getName(),
                            version.getNumber(),
                            version.getSha256(),
                            version.getSubmittedAt(),
                            version.isLate(),
                            version.getStatement().paragraphs(),
                            version.isNoInterests() ? null : version.getDisclosure(),
                            packFiles));
        }
        List<PackContent.Section> sections = new ArrayList<>();
        byPosition.forEach((position, entries) -> sections.add(
                new PackContent.Section(position < 0 ? null : position + 1, titles.get(position), entries)));
        return sections;
    }

    private MeetingPack pack(long id) {
        return Entities.require(em, MeetingPack.class, id);
    }
}
