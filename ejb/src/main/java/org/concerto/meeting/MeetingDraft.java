package org.concerto.meeting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.concerto.shared.PlausibleDate;

/** What the meeting form edits, with the version it was read at. */
public class MeetingDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private MeetingStatus status = MeetingStatus.DRAFT;

    @NotBlank @Size(max = Meeting.TITLE_LENGTH) private String title;

    @Size(max = Meeting.PURPOSE_LENGTH) private String purpose;

    @Size(max = Meeting.SUBJECT_LENGTH) private String subject;

    @PlausibleDate
    private Instant startsAt;

    @PlausibleDate
    private Instant endsAt;

    private MeetingFormat format = MeetingFormat.IN_PERSON;

    @Size(max = Meeting.VENUE_LENGTH) private String venue;

    @Size(max = Meeting.LINK_LENGTH) private String onlineLink;

    @Min(1) @Max(Meeting.MAX_SEATS) private Integer seatsPerOrganisation;

    static MeetingDraft of(Meeting meeting) {
        MeetingDraft draft = new MeetingDraft();
        draft.id = meeting.getId();
        draft.version = meeting.getVersion();
        draft.status = meeting.getStatus();
        draft.title = meeting.getTitle();
        draft.purpose = meeting.getPurpose();
        draft.subject = meeting.getSubject();
        draft.startsAt = meeting.getSchedule().getStartsAt();
        draft.endsAt = meeting.getSchedule().getEndsAt();
        draft.format = meeting.getFormat();
        draft.venue = meeting.getVenue();
        draft.onlineLink = meeting.getOnlineLink();
        draft.seatsPerOrganisation = meeting.getSeatsPerOrganisation();
        return draft;
    }

    Schedule schedule() {
        return startsAt == null || endsAt == null ? null : new Schedule(startsAt, endsAt);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(Instant startsAt) {
        this.startsAt = startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(Instant endsAt) {
        this.endsAt = endsAt;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public void setFormat(MeetingFormat format) {
        this.format = format;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getSeatsPerOrganisation() {
        return seatsPerOrganisation;
    }

    public void setSeatsPerOrganisation(Integer seatsPerOrganisation) {
        this.seatsPerOrganisation = seatsPerOrganisation;
    }
}
