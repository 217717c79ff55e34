package org.concerto.minutes;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.concerto.interest.DecisionOutcome;
import org.concerto.mail.Outbox;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingRole;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.MeetingStatus;
import org.concerto.participant.Person;
import org.concerto.pdf.MinutesContent;
import org.concerto.pdf.MinutesPdf;
import org.concerto.pdf.PdfFile;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Messages;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Role;
import org.concerto.shared.Versions;

/**
 * Writing, reviewing, approving, correcting and publishing the minutes of a meeting. The secretariat writes and
 * resolves; invitees read the draft in review and comment; the chair of the meeting (invitation role CHAIR) or
 * the secretariat approves. Reading goes through {@link MeetingService#requireReadable}, the pages' own rule.
 */
@Stateless
@RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
public class MinutesService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MeetingService meetings;

    @Inject
    private CallerService callers;

    @Inject
    private Outbox outbox;

    @Inject
    private Clock clock;

    // --- reading ----------------------------------------------------------------------------------

    /** The minutes page of a meeting; participants see the sections only once the draft is sent for review. */
    public MinutesView view(long meetingId) {
        Meeting meeting = meetings.requireReadable(meetingId);
        Caller caller = callers.current();
        Minutes minutes = find(meetingId);
        if (minutes == null) {
            return new MinutesView(
                    meetingId,
                    meeting.getTitle(),
                    meeting.getStatus(),
                    false,
                    Minutes.Stage.DRAFT,
                    false,
                    false,
                    false,
                    false,
                    false,
                    false,
                    null,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    0);
        }
        Minutes.Stage stage = minutes.stage();
        boolean secretariat = caller.isSecretariat();
        boolean visible = secretariat || stage != Minutes.Stage.DRAFT;
        long unresolved = unresolved(minutes);
        boolean editable = secretariat
                && !minutes.isFrozen()
                && (meeting.getStatus() == MeetingStatus.HELD
                        || meeting.getStatus() == MeetingStatus.MINUTES_IN_REVIEW);
        boolean commentable = stage == Minutes.Stage.IN_REVIEW
                && (minutes.getReviewDeadline() == null || clock.instant().isBefore(minutes.getReviewDeadline()));
        boolean approvable = stage == Minutes.Stage.IN_REVIEW && (secretariat || isChair(meetingId, caller));
        return new MinutesView(
                meetingId,
                meeting.getTitle(),
                meeting.getStatus(),
                true,
                stage,
                editable,
                commentable,
                approvable,
                secretariat && minutes.isFrozen(),
                secretariat && meeting.getStatus() == MeetingStatus.MINUTES_APPROVED,
                minutes.getPublishedAt() != null,
                minutes.getReviewDeadline(),
                minutes.getApprovedAt(),
                minutes.getApprovedBy(),
                visible ? sections(minutes, secretariat) : List.of(),
                visible ? versions(minutes) : List.of(),
                unresolved);
    }

    private List<SectionView> sections(Minutes minutes, boolean secretariat) {
        Map<Long, List<String>> recused = new LinkedHashMap<>();
        em.createQuery(
                        "select d.item.id, p.firstName, p.lastName from InterestDecision d join d.person p, Meeting m "
                                + "where d.item member of m.agenda and m.id = :id and d.outcome = :recused order by p.lastName",
                        Object[].class)
                .setParameter("id", minutes.getMeeting().getId())
                .setParameter("recused", DecisionOutcome.RECUSED)
                .getResultList()
                .forEach(row -> recused.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(row[1] + " " + row[2]));
        Map<Long, List<CommentRow>> comments = new LinkedHashMap<>();
        em.createQuery(
                        "select c from MinutesComment c where c.section.minutes = :minutes order by c.createdAt",
                        MinutesComment.class)
                .setParameter("minutes", minutes)
                .getResultList()
                .forEach(c -> comments.computeIfAbsent(c.getSection().getId(), k -> new ArrayList<>())
                        .add(new CommentRow(
                                c.getId(),
                                c.getVersion(),
                                c.getAuthor(),
                                c.getBody(),
                                c.getCreatedAt(),
                                c.getResolution(),
                                c.getReason(),
                                c.getResolvedBy())));
        Map<Long, List<ConflictRow>> conflicts = new LinkedHashMap<>();
        if (secretariat) {
            em.createQuery(
                            "select c from MinutesConflict c where c.section.minutes = :minutes and c.dismissed = false order by c.submittedAt",
                            MinutesConflict.class)
                    .setParameter("minutes", minutes)
                    .getResultList()
                    .forEach(c -> conflicts
                            .computeIfAbsent(c.getSection().getId(), k -> new ArrayList<>())
                            .add(new ConflictRow(
                                    c.getId(),
                                    c.getAuthor(),
                                    c.getSubmittedAt(),
                                    c.getSummary(),
                                    c.getPositions(),
                                    c.getDecision(),
                                    c.getMinorityOpinion(),
                                    c.getActionsDecided())));
        }
        List<SectionView> views = new ArrayList<>();
        for (MinutesSection section : minutes.getSections()) {
            views.add(view(
                    section,
                    recused.getOrDefault(section.getItem().getId(), List.of()),
                    comments.getOrDefault(section.getId(), List.of()),
                    conflicts.getOrDefault(section.getId(), List.of())));
        }
        return views;
    }

    private static SectionView view(
            MinutesSection section, List<String> recused, List<CommentRow> comments, List<ConflictRow> conflicts) {
        return new SectionView(
                section.getId(),
                section.getVersion(),
                section.getPosition() + 1,
                section.getItem().getTitle(),
                section.getItem().isConfidential(),
                section.text(),
                recused,
                comments,
                conflicts,
                section.getUpdatedAt(),
                section.getUpdatedBy());
    }

    private List<VersionRow> versions(Minutes minutes) {
        return em.createQuery(
                        "select new org.concerto.minutes.VersionRow(v.number, v.stage, v.reason, v.createdAt, v.createdBy, "
                                + "v.contentHash, v.fileHash) from MinutesVersion v where v.minutes = :minutes order by v.number desc",
                        VersionRow.class)
                .setParameter("minutes", minutes)
                .getResultList();
    }

    /** Two kept versions side by side. */
    public Comparison compare(long meetingId, int left, int right) {
        Minutes minutes = requireVisible(meetingId);
        return Comparison.of(
                left,
                version(minutes, left).getParts(),
                right,
                version(minutes, right).getParts());
    }

    // --- writing ----------------------------------------------------------------------------------

    /** Begins the minutes of a held meeting: one section per agenda item. Idempotent. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void start(long meetingId) {
        Meeting meeting = meetings.requireReadable(meetingId);
        if (find(meetingId) == null) {
            em.persist(Minutes.draftFor(meeting));
        }
    }

    /**
     * Saves one section if nobody saved it since the version the author started from. Otherwise nothing is
     * overwritten: the author's text is kept as a conflicting draft beside the current one, and the current
     * section comes back. Saves of one section are serialised by a row lock, so that the check cannot race.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public SaveResult save(long meetingId, long sectionId, long versionShown, SectionText text) {
        MinutesSection section = lockedSection(meetingId, sectionId);
        Caller caller = callers.current();
        if (section.getVersion() != versionShown) {
            section.getMinutes().requireEditable();
            em.persist(new MinutesConflict(section, text, versionShown, caller.getDisplayName(), clock.instant()));
            em.flush();
            return new SaveResult(false, sectionView(section), section.getUpdatedBy());
        }
        section.write(text, caller.getDisplayName(), clock);
        em.flush();
        return new SaveResult(true, sectionView(section), null);
    }

    /** The secretariat has merged what it wanted from a conflicting draft. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void dismissConflict(long meetingId, long conflictId) {
        MinutesConflict conflict = em.find(MinutesConflict.class, conflictId);
        if (conflict == null
                || !conflict.getSection().getMinutes().getMeeting().getId().equals(meetingId)) {
            throw new NotFoundException();
        }
        conflict.dismiss();
    }

    /** Corrects a section of approved minutes: a new approved, sealed version with its reason. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public int correct(long meetingId, long sectionId, long versionShown, SectionText text, String reason) {
        MinutesSection section = lockedSection(meetingId, sectionId);
        Versions.require(section, versionShown);
        section.correct(text, reason, callers.current().getDisplayName(), clock);
        em.flush();
        return approvedVersion(section.getMinutes(), reason.strip()).getNumber();
    }

    // --- review -----------------------------------------------------------------------------------

    /** Sends the draft to every invitee, by mail and on the meeting page, with a deadline for comments. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public int openReview(long meetingId, Instant deadline) {
        Minutes minutes = requireMinutes(meetingId);
        minutes.openReview(deadline, clock);
        MinutesVersion version = snapshot(minutes, Minutes.Stage.IN_REVIEW, null);
        for (Invitation invitation : invitations(meetingId)) {
            outbox.enqueue(MinutesMails.review(invitation, deadline));
        }
        return version.getNumber();
    }

    /** Keeps the current draft as a version (e.g. after taking comments into account). */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public int keepVersion(long meetingId, String note) {
        Minutes minutes = requireMinutes(meetingId);
        minutes.requireEditable();
        return snapshot(minutes, minutes.stage(), org.concerto.shared.Texts.optional(note, "note", 2000))
                .getNumber();
    }

    /** An invitee's comment on a section, while the review is open. */
    public void comment(long meetingId, long sectionId, String body) {
        meetings.requireReadable(meetingId);
        Caller caller = callers.current();
        MinutesSection section = requireMinutes(meetingId).section(sectionId);
        Person person = caller.getPersonId() == null ? null : em.find(Person.class, caller.getPersonId());
        em.persist(section.comment(person, caller.getDisplayName(), body, clock));
    }

    /** Taken into account, or not with a reason. */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void resolve(
            long meetingId, long commentId, long versionShown, CommentResolution resolution, String reason) {
        MinutesComment comment = em.find(MinutesComment.class, commentId);
        if (comment == null
                || !comment.getSection().getMinutes().getMeeting().getId().equals(meetingId)) {
            throw new NotFoundException();
        }
        Versions.require(comment, versionShown);
        comment.resolve(resolution, reason, callers.current().getDisplayName(), clock);
    }

    // --- approval and publication -----------------------------------------------------------------

    /**
     * The chair of the meeting or the secretariat approves: the minutes are frozen, sealed and kept as a version,
     * and every invitee is told by mail that they can download them.
     */
    public int approve(long meetingId) {
        meetings.requireReadable(meetingId);
        Caller caller = callers.current();
        if (!caller.isSecretariat() && !isChair(meetingId, caller)) {
            throw new AccessDeniedException();
        }
        Minutes minutes = requireMinutes(meetingId);
        minutes.approve(caller.getDisplayName(), unresolved(minutes), clock);
        int number = approvedVersion(minutes, null).getNumber();
        for (Invitation invitation : invitations(meetingId)) {
            outbox.enqueue(MinutesMails.approved(invitation));
        }
        return number;
    }

    @RolesAllowed(Role.Names.SECRETARIAT)
    public void publish(long meetingId) {
        requireMinutes(meetingId).publish(clock);
    }

    // --- documents --------------------------------------------------------------------------------

    /**
     * The minutes PDF: approved minutes as sealed (the last version); a draft rendered now, for the secretariat
     * always and for invitees while it is in review.
     */
    public PdfFile pdf(long meetingId) {
        Minutes minutes = requireVisible(meetingId);
        String date = org.concerto.pdf.DocumentDate.iso(
                minutes.getMeeting().getSchedule().getStartsAt());
        if (minutes.isFrozen()) {
            MinutesVersion last = lastApproved(minutes);
            return PdfFile.of(
                    Messages.get(MinutesPdf.LANGUAGE, "documents.minutes.file") + "-" + date + "-v" + last.getNumber()
                            + ".pdf",
                    last.getPdf());
        }
        int next = nextNumber(minutes);
        MinutesContent content =
                new MinutesAssembler(em).content(minutes, minutes.stage(), next, false, clock.instant(), null);
        return PdfFile.of(
                Messages.get(MinutesPdf.LANGUAGE, "documents.minutes.draftFile") + "-" + date + ".pdf",
                MinutesPdf.render(content));
    }

    // --- helpers ----------------------------------------------------------------------------------

    private MinutesVersion approvedVersion(Minutes minutes, String correction) {
        return new MinutesArchive(em, clock)
                .approved(minutes, correction, callers.current().getDisplayName());
    }

    private MinutesVersion snapshot(Minutes minutes, Minutes.Stage stage, String reason) {
        return new MinutesArchive(em, clock)
                .snapshot(minutes, stage, reason, callers.current().getDisplayName());
    }

    private int nextNumber(Minutes minutes) {
        return new MinutesArchive(em, clock).nextNumber(minutes);
    }

    private MinutesVersion lastApproved(Minutes minutes) {
        return em.createQuery(
                        "select v from MinutesVersion v where v.minutes = :minutes and v.stage = :approved order by v.number desc",
                        MinutesVersion.class)
                .setParameter("minutes", minutes)
                .setParameter("approved", Minutes.Stage.APPROVED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private MinutesVersion version(Minutes minutes, int number) {
        return em.createQuery(
                        "select v from MinutesVersion v where v.minutes = :minutes and v.number = :number",
                        MinutesVersion.class)
                .setParameter("minutes", minutes)
                .setParameter("number", number)
                .getResultStream()
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private long unresolved(Minutes minutes) {
        return em.createQuery(
                        "select count(c) from MinutesComment c where c.section.minutes = :minutes and c.resolution is null",
                        Long.class)
                .setParameter("minutes", minutes)
                .getSingleResult();
    }

    private boolean isChair(long meetingId, Caller caller) {
        return caller.getPersonId() != null
                && em.createQuery(
                                        "select count(i) from Invitation i where i.meeting.id = :meeting "
                                                + "and i.person.id = :person and i.role = :chair",
                                        Long.class)
                                .setParameter("meeting", meetingId)
                                .setParameter("person", caller.getPersonId())
                                .setParameter("chair", MeetingRole.CHAIR)
                                .getSingleResult()
                        > 0;
    }

    private List<Invitation> invitations(long meetingId) {
        return em.createQuery(
                        "select i from Invitation i join fetch i.person where i.meeting.id = :id", Invitation.class)
                .setParameter("id", meetingId)
                .getResultList();
    }

    private Minutes find(long meetingId) {
        return em.createNamedQuery("Minutes.ofMeeting", Minutes.class)
                .setParameter("meeting", meetingId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Minutes requireMinutes(long meetingId) {
        meetings.requireReadable(meetingId);
        Minutes minutes = find(meetingId);
        if (minutes == null) {
            throw new BusinessException("error.minutes.notStarted");
        }
        return minutes;
    }

    /** The secretariat sees the minutes from the first word; invitees once they are sent for review. */
    private Minutes requireVisible(long meetingId) {
        Minutes minutes = requireMinutes(meetingId);
        if (!callers.current().isSecretariat() && minutes.stage() == Minutes.Stage.DRAFT) {
            throw new AccessDeniedException();
        }
        return minutes;
    }

    private MinutesSection lockedSection(long meetingId, long sectionId) {
        MinutesSection section = em.find(MinutesSection.class, sectionId, LockModeType.PESSIMISTIC_WRITE);
        if (section == null || !section.getMinutes().getMeeting().getId().equals(meetingId)) {
            throw new NotFoundException();
        }
        return section;
    }

    private SectionView sectionView(MinutesSection section) {
        MinutesView view = view(section.getMinutes().getMeeting().getId());
        return view.section(section.getId());
    }
}
