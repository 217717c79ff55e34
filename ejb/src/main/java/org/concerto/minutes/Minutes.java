package org.concerto.minutes;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingStatus;
import org.concerto.meeting.MeetingStep;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.PlausibleDate;
import org.concerto.shared.PlausibleDates;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * The minutes of one meeting. Where they are follows the meeting's own life (held, minutes in review,
 * minutes approved, published): this entity holds what the minutes add to it (the review deadline, who
 * approved and when) and their sections, one per agenda item.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "minutes")
@NamedQuery(name = "Minutes.ofMeeting", query = "select m from Minutes m where m.meeting.id = :meeting")
public class Minutes extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, unique = true)
    private Meeting meeting;

    @Column(name = "review_deadline")
    @PlausibleDate
    private Instant reviewDeadline;

    @Column(name = "review_opened_at")
    private Instant reviewOpenedAt;

    @Column(name = "approved_at")
    private Instant approvedAt;

    @Column(name = "approved_by", length = 200)
    private String approvedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @NotAudited
    @OneToMany(mappedBy = "minutes", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<MinutesSection> sections = new ArrayList<>();

    protected Minutes() {
        // for JPA
    }

    /** The minutes are written once the meeting has been held: one empty section per agenda item. */
    public static Minutes draftFor(Meeting meeting) {
        if (!meeting.getStatus().allows(MeetingStep.START_MINUTES)) {
            throw new BusinessException("error.minutes.notHeld", meeting.getStatus());
        }
        Minutes minutes = new Minutes();
        minutes.meeting = meeting;
        List<AgendaItem> agenda = meeting.getAgenda();
        for (int i = 0; i < agenda.size(); i++) {
            minutes.sections.add(new MinutesSection(minutes, agenda.get(i), i));
        }
        return minutes;
    }

    /** Where minutes are: drafted, submitted to the participants' review, approved (and then sealed). */
    public enum Stage {
        DRAFT,
        IN_REVIEW,
        APPROVED;

        public boolean isFinal() {
            return this == APPROVED;
        }
    }

    /** Where the minutes are, from the meeting's status. */
    public Stage stage() {
        return switch (meeting.getStatus()) {
            case MINUTES_IN_REVIEW -> Stage.IN_REVIEW;
            case MINUTES_APPROVED, PUBLISHED -> approvedAt == null ? Stage.DRAFT : Stage.APPROVED;
            default -> Stage.DRAFT;
        };
    }

    public boolean isFrozen() {
        return approvedAt != null;
    }

    /** The secretariat writes while the meeting is held and during the review (to take comments into account). */
    void requireEditable() {
        if (isFrozen()) {
            throw new BusinessException("error.minutes.frozen");
        }
        if (meeting.getStatus() != MeetingStatus.HELD && meeting.getStatus() != MeetingStatus.MINUTES_IN_REVIEW) {
            throw new BusinessException("error.minutes.notEditable", meeting.getStatus());
        }
    }

    /** Sends the draft to the participants until a deadline still to come. */
    public void openReview(Instant deadline, Clock clock) {
        if (deadline == null) {
            throw new BusinessException("error.required", new org.concerto.shared.FieldName("reviewDeadline"));
        }
        PlausibleDates.check(deadline, "reviewDeadline");
        if (!deadline.isAfter(clock.instant())) {
            throw new BusinessException("error.minutes.deadlinePast");
        }
        meeting.openMinutesReview();
        this.reviewDeadline = deadline;
        this.reviewOpenedAt = clock.instant();
    }

    /** Participants comment while the review is open, until its deadline. */
    void requireCommentable(Clock clock) {
        if (meeting.getStatus() != MeetingStatus.MINUTES_IN_REVIEW) {
            throw new BusinessException("error.minutes.reviewClosed");
        }
        if (reviewDeadline != null && clock.instant().isAfter(reviewDeadline)) {
            throw new BusinessException("error.minutes.reviewDeadlinePassed");
        }
    }

    /** Approved once every comment is resolved; from then on the minutes are frozen. */
    public void approve(String approver, long unresolvedComments, Clock clock) {
        if (isFrozen()) {
            throw new BusinessException("error.minutes.frozen");
        }
        if (unresolvedComments > 0) {
            throw new BusinessException("error.minutes.unresolvedComments", unresolvedComments);
        }
        meeting.approveMinutes();
        this.approvedBy = Objects.requireNonNull(approver);
        this.approvedAt = clock.instant();
    }

    /** A correction is possible only on approved minutes, with a reason. */
    void requireCorrectable(String reason) {
        if (!isFrozen()) {
            throw new BusinessException("error.minutes.correctionNotApproved");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("error.required", new org.concerto.shared.FieldName("correctionReason"));
        }
    }

    public void publish(Clock clock) {
        if (!isFrozen()) {
            throw new BusinessException("error.minutes.publishNotApproved");
        }
        meeting.publish();
        this.publishedAt = clock.instant();
    }

    public MinutesSection section(long sectionId) {
        return sections.stream()
                .filter(s -> s.getId() != null && s.getId() == sectionId)
                .findFirst()
                .orElseThrow(org.concerto.shared.NotFoundException::new);
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public List<MinutesSection> getSections() {
        return Collections.unmodifiableList(sections);
    }

    public Instant getReviewDeadline() {
        return reviewDeadline;
    }

    public Instant getReviewOpenedAt() {
        return reviewOpenedAt;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
