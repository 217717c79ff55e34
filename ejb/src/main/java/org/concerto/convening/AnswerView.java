package org.concerto.convening;

import java.time.Instant;
import java.util.List;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.InvitationResponse;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.MeetingStatus;

/** What the answer page shows an invitee: the meeting in short, their answer, and whom they may send instead. */
public class AnswerView {

    private final Long meetingId;
    private final String title;
    private final Instant startsAt;
    private final Instant endsAt;
    private final String place;
    private final MeetingStatus status;
    private final String inviteeName;
    private final InvitationResponse response;
    private final String substituteName;
    private final boolean answerable;
    private final List<Colleague> colleagues;

    AnswerView(Invitation invitation, List<Colleague> colleagues) {
        Meeting meeting = invitation.getMeeting();
        this.meetingId = meeting.getId();
        this.title = meeting.getTitle();
        this.startsAt = meeting.getSchedule().getStartsAt();
        this.endsAt = meeting.getSchedule().getEndsAt();
        this.place = Notices.place(meeting);
        this.status = meeting.getStatus();
        this.inviteeName = invitation.getPerson().getDisplayName();
        this.response = invitation.getResponse();
        this.substituteName = invitation.getSubstitute() == null
                ? null
                : invitation.getSubstitute().getDisplayName();
        this.answerable = invitation.isAnswerable();
        this.colleagues = List.copyOf(colleagues);
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public String getTitle() {
        return title;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public String getPlace() {
        return place;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getInviteeName() {
        return inviteeName;
    }

    public InvitationResponse getResponse() {
        return response;
    }

    public String getSubstituteName() {
        return substituteName;
    }

    public boolean isAnswerable() {
        return answerable;
    }

    public List<Colleague> getColleagues() {
        return colleagues;
    }
}
