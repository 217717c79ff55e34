package org.concerto.contribution;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.concerto.contribution.ContributionAccess.Reader;
import org.concerto.files.FileContent;
import org.concerto.files.FileKind;
import org.concerto.files.FileStore;
import org.concerto.files.StoredFile;
import org.concerto.files.UploadInspection;
import org.concerto.mail.Outbox;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.MeetingStatus;
import org.concerto.participant.Person;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Entities;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.concerto.shared.Settings;
import org.concerto.shared.Versions;

/**
 * Contributions: invitees submit, version and withdraw them before the deadline; the secretariat sets the
 * deadline, reopens it for one person, reviews, and distributes the accepted ones with one digest mail.
 * Every read checks the meeting and the contribution: a participant never gets a secretariat-only
 * contribution, one still under review, or one of another meeting, whatever id they try.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
public class ContributionService {

    private static final Logger LOG = Logger.getLogger(ContributionService.class.getName());

    /** Days before the meeting when submissions close, unless the secretariat sets another deadline. */
    public static final int DEFAULT_DEADLINE_DAYS = 7;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CallerService callers;

    @Inject
    private MeetingService meetings;

    @Inject
    private UploadInspection uploads;

    @Inject
    private FileStore files;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    // --- submitting --------------------------------------------------------------------------------

    /** A new contribution from an invitee, with its first version; returns its id. */
    public long submit(long meetingId, SubmissionDraft draft, List<IncomingFile> incoming) {
        Caller caller = callers.current();
        Meeting meeting = meetings.requireReadable(meetingId);
        Person author = requireInvitee(meeting, caller);
        requireContributor(meeting, author);
        requireTakesContributions(meeting);
        boolean late = window(meeting, author.getId()).requireOpen(clock.instant());
        AgendaItem item = draft.getItemId() == null
                ? null
                : meeting.getAgenda().stream()
                        .filter(i -> i.getId().equals(draft.getItemId()))
                        .findFirst()
                        .orElseThrow(() -> new BusinessException("error.agenda.itemNotFound"));
        if (draft.isOnBehalfOfOrganisation() && author.getOrganisation() == null) {
            throw new BusinessException("error.contribution.noOrganisation");
        }
        Contribution contribution = new Contribution(
                meeting,
                item,
                author,
                draft.isOnBehalfOfOrganisation() ? author.getOrganisation() : null,
                draft.getTitle(),
                draft.getVisibility(),
                clock.instant());
        em.persist(contribution);
        addVersion(contribution, VersionKind.MAIN, draft, incoming, caller, late);
        LOG.info(() -> "Contribution " + contribution.getId() + " submitted to meeting " + meetingId + " by "
                + caller.getLogin());
        return contribution.getId();
    }

    /**
     * A new version (or the redacted public version) of a contribution, by its author before the
     * deadline, or by the secretariat. The contribution is locked for the time of the call: two versions
     * sent at the same moment from two tabs are both kept, one after the other.
     */
    public int addVersion(long contributionId, SubmissionDraft draft, List<IncomingFile> incoming) {
        Caller caller = callers.current();
        Contribution contribution = em.find(Contribution.class, contributionId, LockModeType.PESSIMISTIC_WRITE);
        if (contribution == null) {
            throw new NotFoundException();
        }
        boolean late = false;
        if (!caller.isSecretariat()) {
            if (!contribution.isAuthoredBy(caller.getPersonId())) {
                throw new AccessDeniedException();
            }
            requireTakesContributions(contribution.getMeeting());
            late = window(contribution.getMeeting(), caller.getPersonId()).requireOpen(clock.instant());
        }
        return addVersion(contribution, draft.getKind(), draft, incoming, caller, late)
                .getNumber();
    }

    private ContributionVersion addVersion(
            Contribution contribution,
            VersionKind kind,
            SubmissionDraft draft,
            List<IncomingFile> incoming,
            Caller caller,
            boolean late) {
        ContributionVersion version = contribution.addVersion(
                kind,
                Statement.of(draft.getStatementHtml()),
                new Disclosure(draft.isNoInterests(), draft.getDisclosure()),
                caller.getLogin(),
                clock.instant(),
                late);
        List<StoredFile> stored = new ArrayList<>();
        for (IncomingFile file : incoming) {
            // Each file is checked and kept; a refusal rolls the whole version back, files already kept included.
            stored.add(uploads.accept(file.content(), file.name(), FileKind.DOCUMENTS));
        }
        version.attach(stored);
        em.flush();
        return version;
    }

    /** The author takes their contribution back, while submissions are open for them. */
    public void withdraw(long contributionId, long versionShown) {
        Caller caller = callers.current();
        Contribution contribution = contribution(contributionId);
        if (!contribution.isAuthoredBy(caller.getPersonId())) {
            throw new AccessDeniedException();
        }
        Versions.require(contribution, versionShown);
        window(contribution.getMeeting(), caller.getPersonId()).requireOpen(clock.instant());
        contribution.withdraw();
    }

    /** The form of a new version, filled in from the newest one. */
    public SubmissionDraft draftOfNewVersion(long contributionId) {
        Caller caller = callers.current();
        Contribution contribution = contribution(contributionId);
        if (!caller.isSecretariat() && !contribution.isAuthoredBy(caller.getPersonId())) {
            throw new AccessDeniedException();
        }
        SubmissionDraft draft = new SubmissionDraft();
        draft.setContributionId(contributionId);
        draft.setTitle(contribution.getTitle());
        draft.setVisibility(contribution.getVisibility());
        draft.setItemId(
                contribution.getAgendaItem() == null
                        ? null
                        : contribution.getAgendaItem().getId());
        draft.setOnBehalfOfOrganisation(contribution.getOnBehalfOf() != null);
        contribution.latest(VersionKind.MAIN).ifPresent(latest -> {
            draft.setStatementHtml(latest.getStatement().html());
            draft.setNoInterests(latest.isNoInterests());
            draft.setDisclosure(latest.getDisclosure());
        });
        return draft;
    }

    // --- the deadline ------------------------------------------------------------------------------

    /** The deadline and what the caller may do about it. */
    public SubmissionState submissionState(long meetingId) {
        Caller caller = callers.current();
        Meeting meeting = meetings.requireReadable(meetingId);
        SubmissionWindow window = window(meeting, caller.getPersonId());
        Instant now = clock.instant();
        boolean invitee = caller.getPersonId() != null
                && meeting.getInvitations().stream()
                        .anyMatch(i -> i.getPerson().getId().equals(caller.getPersonId())
                                && i.getRole() != MeetingRole.OBSERVER);
        boolean takes = meeting.getStatus() == MeetingStatus.CONVENED || meeting.getStatus() == MeetingStatus.POSTPONED;
        return new SubmissionState(
                window.getDeadline(),
                window.getReopenedUntil(),
                invitee && takes && window.isOpen(now),
                !window.isOpen(now));
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void setDeadline(long meetingId, Instant deadline) {
        Meeting meeting = meetings.requireReadable(meetingId);
        Optional<SubmissionDeadline> existing = deadlineOf(meetingId);
        if (existing.isPresent()) {
            existing.get().move(deadline);
        } else {
            em.persist(new SubmissionDeadline(meeting, deadline));
        }
    }

    /** Lets one invitee submit after the deadline, until the given time. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void reopen(long meetingId, long personId, Instant until) {
        Caller caller = callers.current();
        Meeting meeting = meetings.requireReadable(meetingId);
        Person person = meeting.getInvitations().stream()
                .map(Invitation::getPerson)
                .filter(p -> p.getId() == personId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("error.contribution.notInvitee"));
        Optional<SubmissionReopening> existing = reopening(meetingId, personId);
        if (existing.isPresent()) {
            existing.get().extend(until, caller.getLogin(), clock.instant());
        } else {
            em.persist(new SubmissionReopening(meeting, person, until, caller.getLogin(), clock.instant()));
        }
    }

    private SubmissionWindow window(Meeting meeting, Long personId) {
        Instant deadline = deadlineOf(meeting.getId())
                .map(SubmissionDeadline::getDeadline)
                .orElseGet(() -> meeting.getSchedule().getStartsAt().minus(Duration.ofDays(defaultDeadlineDays())));
        Instant reopened = personId == null
                ? null
                : reopening(meeting.getId(), personId)
                        .map(SubmissionReopening::getOpenUntil)
                        .orElse(null);
        return new SubmissionWindow(deadline, reopened);
    }

    /** CONCERTO_CONTRIBUTION_DEADLINE_DAYS: days before the meeting when submissions close by default. */
    static long defaultDeadlineDays() {
        return Settings.get("concerto.contribution.deadline.days")
                .map(Long::parseLong)
                .orElse((long) DEFAULT_DEADLINE_DAYS);
    }

    private Optional<SubmissionDeadline> deadlineOf(long meetingId) {
        return em.createQuery("select d from SubmissionDeadline d where d.meeting.id = :m", SubmissionDeadline.class)
                .setParameter("m", meetingId)
                .getResultStream()
                .findFirst();
    }

    private Optional<SubmissionReopening> reopening(long meetingId, long personId) {
        return em.createQuery(
                        "select r from SubmissionReopening r where r.meeting.id = :m and r.person.id = :p",
                        SubmissionReopening.class)
                .setParameter("m", meetingId)
                .setParameter("p", personId)
                .getResultStream()
                .findFirst();
    }

    // --- review and distribution ---------------------------------------------------------------------

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void accept(long contributionId, long versionShown, Visibility visibility) {
        Contribution contribution = contribution(contributionId);
        Versions.require(contribution, versionShown);
        contribution.accept(visibility, callers.current().getLogin(), clock.instant());
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void returnToAuthor(long contributionId, long versionShown, String comment) {
        Contribution contribution = contribution(contributionId);
        Versions.require(contribution, versionShown);
        contribution.returnToAuthor(comment, callers.current().getLogin(), clock.instant());
    }

    /**
     * Tells the invitees, with one digest mail each, of the contributions accepted since the last digest
     * that they may read; returns how many contributions were distributed.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public int distribute(long meetingId) {
        Meeting meeting = meetings.requireReadable(meetingId);
        List<Contribution> fresh = em.createQuery(
                        "select distinct c from Contribution c join fetch c.author left join fetch c.onBehalfOf "
                                + "left join fetch c.versions where c.meeting.id = :m and c.status = :accepted and c.distributedAt is null",
                        Contribution.class)
                .setParameter("m", meetingId)
                .setParameter("accepted", ContributionStatus.ACCEPTED)
                .getResultList();
        if (fresh.isEmpty()) {
            throw new BusinessException("error.contribution.nothingToDistribute");
        }
        Instant now = clock.instant();
        fresh.sort(Comparator.comparing(Contribution::getId));
        List<Contribution> shared = fresh.stream()
                .filter(c -> ContributionAccess.sharedVersion(c, Reader.INVITEE).isPresent())
                .toList();
        for (Invitation invitation : meeting.getInvitations()) {
            if (!shared.isEmpty()) {
                outbox.enqueue(Digests.write(meeting, invitation.getPerson(), shared));
            }
        }
        fresh.forEach(c -> c.markDistributed(now));
        LOG.info(() -> fresh.size() + " contributions distributed for meeting " + meetingId);
        return fresh.size();
    }

    // --- reading -------------------------------------------------------------------------------------

    /** The contributions the caller may read on the meeting page: accepted ones (all of them for the secretariat), in agenda order. */
    public List<ContributionRow> readable(long meetingId) {
        Caller caller = callers.current();
        meetings.requireReadable(meetingId);
        Reader reader = readerOf(meetingId, caller);
        return rows(meetingId, c -> ContributionAccess.sharedVersion(c, reader));
    }

    /** The caller's own contributions to the meeting, whatever their state, with their newest version. */
    public List<ContributionRow> mine(long meetingId) {
        Caller caller = callers.current();
        meetings.requireReadable(meetingId);
        return rows(meetingId, c -> c.isAuthoredBy(caller.getPersonId()) ? newest(c) : Optional.empty());
    }

    /**
     * Every contribution of the meeting with its newest full version, for the secretariat's review (a
     * redacted version is read from the contribution's versions).
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public List<ContributionRow> forReview(long meetingId) {
        meetings.requireReadable(meetingId);
        return rows(meetingId, c -> c.latest(VersionKind.MAIN));
    }

    /**
     * The accepted contributions of a meeting in agenda order (those to the whole meeting first), as the
     * caller may see them: for other features that list them, such as the minutes' annexes.
     */
    public List<AcceptedContribution> acceptedInAgendaOrder(long meetingId) {
        return readable(meetingId).stream().map(AcceptedContribution::new).toList();
    }

    /** What the public reads of a published meeting: the public versions of its accepted contributions. */
    @PermitAll
    public List<ContributionRow> published(long meetingId) {
        Meeting meeting = em.find(Meeting.class, meetingId);
        if (meeting == null || !ContributionAccess.isOpenToThePublic(meeting)) {
            throw new NotFoundException();
        }
        return rows(meetingId, c -> ContributionAccess.sharedVersion(c, Reader.PUBLIC));
    }

    /** Every version of a contribution, for its author and the secretariat. */
    public List<VersionRow> versions(long contributionId) {
        Caller caller = callers.current();
        Contribution contribution = contribution(contributionId);
        if (!ContributionAccess.readsEveryVersion(
                contribution, Reader.of(caller.isSecretariat(), false), caller.getPersonId())) {
            throw new AccessDeniedException();
        }
        Map<Long, List<FileRow>> filesByVersion = filesOf(List.of(contributionId));
        return contribution.getVersions().stream()
                .sorted(Comparator.comparingInt(ContributionVersion::getNumber).reversed())
                .map(v -> new VersionRow(v, filesByVersion.getOrDefault(v.getId(), List.of())))
                .toList();
    }

    /** One file to download, if the caller may read the version it belongs to. */
    public FileContent download(long fileId) {
        Caller caller = callers.current();
        ContributionFile file = file(fileId);
        ContributionVersion version = file.getContributionVersion();
        Contribution contribution = version.getContribution();
        long meetingId = contribution.getMeeting().getId();
        meetings.requireReadable(meetingId);
        if (!ContributionAccess.mayRead(contribution, version, readerOf(meetingId, caller), caller.getPersonId())) {
            throw new AccessDeniedException();
        }
        return open(file);
    }

    /** One file of a public version of a published meeting, for anyone; a 404 for everything else. */
    @PermitAll
    public FileContent publicDownload(long fileId) {
        ContributionFile file = file(fileId);
        ContributionVersion version = file.getContributionVersion();
        Contribution contribution = version.getContribution();
        if (!ContributionAccess.mayRead(contribution, version, Reader.PUBLIC, null)) {
            throw new NotFoundException();
        }
        return open(file);
    }

    private FileContent open(ContributionFile file) {
        try {
            return new FileContent(
                    file.getFile().fileName(),
                    file.getFile().kind().contentType(),
                    file.getFile().size(),
                    files.open(file.getFile().storageKey()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<ContributionVersion> newest(Contribution contribution) {
        return contribution.getVersions().stream().max(Comparator.comparingInt(ContributionVersion::getNumber));
    }

    /**
     * Rows in agenda order (the whole meeting first), each with the version {@code shown} picks, or left
     * out when it picks none. Three queries whatever the number of contributions.
     */
    private List<ContributionRow> rows(long meetingId, Function<Contribution, Optional<ContributionVersion>> shown) {
        List<Contribution> contributions = em.createQuery(
                        "select distinct c from Contribution c join fetch c.author "
                                + "left join fetch c.onBehalfOf left join fetch c.agendaItem left join fetch c.versions where c.meeting.id = :m",
                        Contribution.class)
                .setParameter("m", meetingId)
                .getResultList();
        if (contributions.isEmpty()) {
            return List.of();
        }
        Map<Long, Integer> positions = new HashMap<>();
        for (Object[] row : em.createQuery(
                        "select a.id, index(a) from Meeting m join m.agenda a where m.id = :m", Object[].class)
                .setParameter("m", meetingId)
                .getResultList()) {
            positions.put((Long) row[0], (Integer) row[1]);
        }
        Map<Long, List<FileRow>> filesByVersion =
                filesOf(contributions.stream().map(Contribution::getId).toList());
        List<ContributionRow> rows = new ArrayList<>();
        for (Contribution contribution : contributions) {
            shown.apply(contribution).ifPresent(version -> {
                Integer position = contribution.getAgendaItem() == null
                        ? null
                        : positions.get(contribution.getAgendaItem().getId());
                rows.add(new ContributionRow(
                        contribution,
                        position == null ? null : position + 1,
                        new VersionRow(version, filesByVersion.getOrDefault(version.getId(), List.of()))));
            });
        }
        rows.sort(Comparator.comparing((ContributionRow r) -> r.getItemNumber() == null ? 0 : r.getItemNumber())
                .thenComparing(ContributionRow::getId));
        return rows;
    }

    private Map<Long, List<FileRow>> filesOf(List<Long> contributionIds) {
        return em
                .createQuery(
                        "select f from ContributionFile f join fetch f.contributionVersion "
                                + "where f.contributionVersion.contribution.id in :ids order by f.position",
                        ContributionFile.class)
                .setParameter("ids", contributionIds)
                .getResultList()
                .stream()
                .collect(Collectors.groupingBy(
                        f -> f.getContributionVersion().getId(),
                        Collectors.mapping(FileRow::new, Collectors.toList())));
    }

    private Person requireInvitee(Meeting meeting, Caller caller) {
        return meeting.getInvitations().stream()
                .map(Invitation::getPerson)
                .filter(p -> caller.getPersonId() != null && p.getId().equals(caller.getPersonId()))
                .findFirst()
                .orElseThrow(() -> new BusinessException("error.contribution.notInvitee"));
    }

    /** Observers do not receive the documents of confidential agenda items (docs/security.md), contributions included. */
    /** The caller as a reader of the meeting's contributions: observers see less (docs/security.md). */
    private Reader readerOf(long meetingId, Caller caller) {
        return Reader.of(
                caller.isSecretariat(), !caller.isSecretariat() && meetings.roleOf(meetingId) == MeetingRole.OBSERVER);
    }

    /** Observers attend without taking part in the deliberation (docs/security.md): they do not submit. */
    private static void requireContributor(Meeting meeting, Person author) {
        boolean observer = meeting.getInvitations().stream()
                .anyMatch(i -> i.getPerson().getId().equals(author.getId()) && i.getRole() == MeetingRole.OBSERVER);
        if (observer) {
            throw new AccessDeniedException();
        }
    }

    private static void requireTakesContributions(Meeting meeting) {
        if (meeting.getStatus() != MeetingStatus.CONVENED && meeting.getStatus() != MeetingStatus.POSTPONED) {
            throw new BusinessException("error.contribution.meetingClosed", meeting.getStatus());
        }
    }

    private Contribution contribution(long id) {
        Contribution contribution = Entities.require(em, Contribution.class, id);
        meetings.requireReadable(contribution.getMeeting().getId());
        return contribution;
    }

    private ContributionFile file(long id) {
        return Entities.require(em, ContributionFile.class, id);
    }
}
