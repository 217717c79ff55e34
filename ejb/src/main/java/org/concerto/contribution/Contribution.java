package org.concerto.contribution;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Meeting;
import org.concerto.participant.Organisation;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A written statement or position paper submitted to a meeting, or to one of its agenda items, by an
 * invitee in their own name or on behalf of their organisation. Its versions are kept; the secretariat
 * accepts it for distribution or returns it with a comment.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "contribution")
public class Contribution extends AbstractEntity {

    public static final int TITLE_LENGTH = 300;
    public static final int COMMENT_LENGTH = 2000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    /** Null for a contribution to the meeting as a whole. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agenda_item_id")
    private AgendaItem agendaItem;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Person author;

    /** The organisation the author speaks for; null when they speak in their own name. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "on_behalf_of_id")
    private Organisation onBehalfOf;

    @NotBlank @Size(max = TITLE_LENGTH) @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Visibility visibility;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ContributionStatus status = ContributionStatus.SUBMITTED;

    @Size(max = COMMENT_LENGTH) @Column(name = "review_comment", length = COMMENT_LENGTH)
    private String reviewComment;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    /** When the invitees were told of it in a digest; null while it waits for the next one. */
    @Column(name = "distributed_at")
    private Instant distributedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @NotAudited
    @OneToMany(mappedBy = "contribution", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<ContributionVersion> versions = new ArrayList<>();

    protected Contribution() {
        // for JPA
    }

    public Contribution(
            Meeting meeting,
            AgendaItem agendaItem,
            Person author,
            Organisation onBehalfOf,
            String title,
            Visibility visibility,
            Instant now) {
        this.meeting = Objects.requireNonNull(meeting);
        this.agendaItem = agendaItem;
        this.author = Objects.requireNonNull(author);
        if (onBehalfOf != null && !onBehalfOf.equals(author.getOrganisation())) {
            throw new BusinessException("error.contribution.notYourOrganisation");
        }
        this.onBehalfOf = onBehalfOf;
        this.title = Texts.required(title, "title", TITLE_LENGTH);
        if (visibility == null) {
            throw new BusinessException("error.required", new FieldName("visibility"));
        }
        this.visibility = visibility;
        this.createdAt = now;
    }

    /**
     * Adds a version (the first, a new one, or the redacted public one); a contribution that was accepted
     * or returned goes back to the secretariat for review. The number is given by the service, which holds
     * a lock on the contribution, so that two versions sent at once both stay.
     */
    public ContributionVersion addVersion(
            VersionKind kind,
            Statement statement,
            Disclosure disclosure,
            String submittedBy,
            Instant now,
            boolean late) {
        if (status == ContributionStatus.WITHDRAWN) {
            throw new BusinessException("error.contribution.withdrawn");
        }
        if (kind == VersionKind.PUBLIC_REDACTED && versions.isEmpty()) {
            throw new BusinessException("error.contribution.redactedFirst");
        }
        int number =
                versions.stream().mapToInt(ContributionVersion::getNumber).max().orElse(0) + 1;
        ContributionVersion version =
                new ContributionVersion(this, number, kind, statement, disclosure, submittedBy, now, late);
        versions.add(version);
        status = ContributionStatus.SUBMITTED;
        distributedAt = null;
        return version;
    }

    /** The author takes it back, before the deadline; it stays on record as withdrawn. */
    public void withdraw() {
        if (status == ContributionStatus.WITHDRAWN) {
            throw new BusinessException("error.contribution.withdrawn");
        }
        status = ContributionStatus.WITHDRAWN;
    }

    /** Accepted for distribution, to be read by those its visibility names. */
    public void accept(Visibility visibility, String by, Instant now) {
        if (status != ContributionStatus.SUBMITTED) {
            throw new BusinessException("error.contribution.notUnderReview", status);
        }
        if (visibility != null) {
            this.visibility = visibility;
        }
        this.status = ContributionStatus.ACCEPTED;
        this.reviewComment = null;
        this.reviewedAt = now;
        this.reviewedBy = by;
    }

    /** Sent back to the author with a comment saying why (required). */
    public void returnToAuthor(String comment, String by, Instant now) {
        if (status != ContributionStatus.SUBMITTED && status != ContributionStatus.ACCEPTED) {
            throw new BusinessException("error.contribution.notUnderReview", status);
        }
        this.reviewComment = Texts.required(comment, "reviewComment", COMMENT_LENGTH);
        this.status = ContributionStatus.RETURNED;
        this.reviewedAt = now;
        this.reviewedBy = by;
    }

    public void markDistributed(Instant now) {
        this.distributedAt = now;
    }

    /** The newest version of that kind. */
    public Optional<ContributionVersion> latest(VersionKind kind) {
        return versions.stream()
                .filter(v -> v.getKind() == kind)
                .max(Comparator.comparingInt(ContributionVersion::getNumber));
    }

    /** What invitees read: the contribution itself, or its redacted version when it is for the secretariat only. */
    public Optional<ContributionVersion> participantsVersion() {
        return visibility == Visibility.SECRETARIAT ? latest(VersionKind.PUBLIC_REDACTED) : latest(VersionKind.MAIN);
    }

    /** What the public reads once the meeting is published: the redacted version if there is one, else a public contribution. */
    public Optional<ContributionVersion> publicVersion() {
        Optional<ContributionVersion> redacted = latest(VersionKind.PUBLIC_REDACTED);
        if (redacted.isPresent()) {
            return redacted;
        }
        return visibility == Visibility.PUBLIC ? latest(VersionKind.MAIN) : Optional.empty();
    }

    public boolean isAuthoredBy(Long personId) {
        return personId != null && personId.equals(author.getId());
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Person getAuthor() {
        return author;
    }

    public Organisation getOnBehalfOf() {
        return onBehalfOf;
    }

    public String getTitle() {
        return title;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public ContributionStatus getStatus() {
        return status;
    }

    public String getReviewComment() {
        return reviewComment;
    }

    public Instant getDistributedAt() {
        return distributedAt;
    }

    public List<ContributionVersion> getVersions() {
        return Collections.unmodifiableList(versions);
    }
}
