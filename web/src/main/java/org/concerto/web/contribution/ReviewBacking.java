package org.concerto.web.contribution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concerto.contribution.ContributionRow;
import org.concerto.contribution.ContributionService;
import org.concerto.contribution.SubmissionState;
import org.concerto.contribution.Visibility;
import org.concerto.meeting.InviteeRow;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingService;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Zones;
import org.concerto.web.Notices;

/**
 * /contribution/review.xhtml?meeting=…: the secretariat's review. Every contribution with its newest
 * version; accept (choosing who reads it) or return with a comment; the deadline, reopening it for one
 * invitee, and the digest that distributes the newly accepted contributions.
 */
@Named
@ViewScoped
public class ReviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    @Inject
    private ContributionService contributions;

    @Inject
    private Notices notices;

    private String meetingId;
    private MeetingDetails meeting;
    private List<ContributionRow> rows;
    private SubmissionState submission;
    private final Map<Long, String> comments = new HashMap<>();
    // Names, not constants: EL cannot see a map's value type, so a select writes the submitted text into it.
    private final Map<Long, String> visibilities = new HashMap<>();
    private LocalDateTime deadline;
    private Long reopenPersonId;
    private LocalDateTime reopenUntil;

    public void load() {
        long id;
        try {
            id = Long.parseLong(meetingId == null ? "" : meetingId.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        meeting = meetings.details(id);
        rows = contributions.forReview(id);
        submission = contributions.submissionState(id);
        deadline = LocalDateTime.ofInstant(submission.getDeadline(), Zones.DEFAULT);
        rows.forEach(
                row -> visibilities.putIfAbsent(row.getId(), row.getVisibility().name()));
    }

    public void accept(ContributionRow row) {
        String chosen = visibilities.get(row.getId());
        contributions.accept(row.getId(), row.getVersion(), chosen == null ? null : Visibility.valueOf(chosen));
        notices.done("notice.contribution.accepted", row.getTitle());
        load();
    }

    public void returnToAuthor(ContributionRow row) {
        contributions.returnToAuthor(row.getId(), row.getVersion(), comments.get(row.getId()));
        notices.done("notice.contribution.returned", row.getTitle());
        comments.remove(row.getId());
        load();
    }

    public void saveDeadline() {
        contributions.setDeadline(meeting.getId(), instant(deadline));
        notices.done("notice.contribution.deadline");
        load();
    }

    public void reopen() {
        if (reopenPersonId == null) {
            throw new org.concerto.shared.BusinessException(
                    "error.required", new org.concerto.shared.FieldName("person"));
        }
        contributions.reopen(meeting.getId(), reopenPersonId, instant(reopenUntil));
        notices.done("notice.contribution.reopened");
        reopenPersonId = null;
        reopenUntil = null;
        load();
    }

    public void distribute() {
        int count = contributions.distribute(meeting.getId());
        notices.done("notice.contribution.distributed", count);
        load();
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(Zones.DEFAULT).toInstant();
    }

    public List<InviteeRow> getInvitees() {
        return meeting.getInviteeGroups().stream()
                .flatMap(group -> group.getInvitees().stream())
                .toList();
    }

    public Visibility[] getVisibilityChoices() {
        return Visibility.values();
    }

    public String getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(String meetingId) {
        this.meetingId = meetingId;
    }

    public MeetingDetails getMeeting() {
        return meeting;
    }

    public List<ContributionRow> getRows() {
        return rows;
    }

    public SubmissionState getSubmission() {
        return submission;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public Map<Long, String> getVisibilities() {
        return visibilities;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }

    public Long getReopenPersonId() {
        return reopenPersonId;
    }

    public void setReopenPersonId(Long reopenPersonId) {
        this.reopenPersonId = reopenPersonId;
    }

    public LocalDateTime getReopenUntil() {
        return reopenUntil;
    }

    public void setReopenUntil(LocalDateTime reopenUntil) {
        this.reopenUntil = reopenUntil;
    }
}
