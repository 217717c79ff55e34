package org.concerto.minutes;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.concerto.meeting.MeetingStatus;

/** The minutes page: where the minutes are, what the caller may do, the sections and the kept versions. */
public class MinutesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long meetingId;
    private final String meetingTitle;
    private final MeetingStatus meetingStatus;
    private final boolean started;
    private final Minutes.Stage stage;
    private final boolean editable;
    private final boolean commentable;
    private final boolean approvable;
    private final boolean correctable;
    private final boolean publishable;
    private final boolean published;
    private final Instant reviewDeadline;
    private final Instant approvedAt;
    private final String approvedBy;
    private final List<SectionView> sections;
    private final List<VersionRow> versions;
    private final long unresolvedComments;

    public MinutesView(
            long meetingId,
            String meetingTitle,
            MeetingStatus meetingStatus,
            boolean started,
            Minutes.Stage stage,
            boolean editable,
            boolean commentable,
            boolean approvable,
            boolean correctable,
            boolean publishable,
            boolean published,
            Instant reviewDeadline,
            Instant approvedAt,
            String approvedBy,
            List<SectionView> sections,
            List<VersionRow> versions,
            long unresolvedComments) {
        this.meetingId = meetingId;
        this.meetingTitle = meetingTitle;
        this.meetingStatus = meetingStatus;
        this.started = started;
        this.stage = stage;
        this.editable = editable;
        this.commentable = commentable;
        this.approvable = approvable;
        this.correctable = correctable;
        this.publishable = publishable;
        this.published = published;
        this.reviewDeadline = reviewDeadline;
        this.approvedAt = approvedAt;
        this.approvedBy = approvedBy;
        this.sections = List.copyOf(sections);
        this.versions = List.copyOf(versions);
        this.unresolvedComments = unresolvedComments;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public String getMeetingTitle() {
        return meetingTitle;
    }

    public MeetingStatus getMeetingStatus() {
        return meetingStatus;
    }

    /** Whether the secretariat has begun the minutes. */
    public boolean isStarted() {
        return started;
    }

    public Minutes.Stage getStage() {
        return stage;
    }

    public boolean isEditable() {
        return editable;
    }

    public boolean isCommentable() {
        return commentable;
    }

    public boolean isApprovable() {
        return approvable;
    }

    public boolean isCorrectable() {
        return correctable;
    }

    public boolean isPublishable() {
        return publishable;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isInReview() {
        return stage == Minutes.Stage.IN_REVIEW;
    }

    public boolean isApproved() {
        return stage == Minutes.Stage.APPROVED;
    }

    public Instant getReviewDeadline() {
        return reviewDeadline;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public List<SectionView> getSections() {
        return sections;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public long getUnresolvedComments() {
        return unresolvedComments;
    }

    public SectionView section(Long sectionId) {
        return sections.stream()
                .filter(s -> s.getId().equals(sectionId))
                .findFirst()
                .orElse(sections.isEmpty() ? null : sections.get(0));
    }
}
