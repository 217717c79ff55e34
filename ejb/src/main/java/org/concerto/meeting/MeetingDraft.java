package org.concerto.meeting;

import java.io.Serializable;
import java.time.Instant;

/** What the meeting form edits, with the version it was read at. */
public class MeetingDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private MeetingStatus status = MeetingStatus.DRAFT;
    private String title;
    private String purpose;
    private String subject;
    private Instant startsAt;
    private Instant endsAt;
    private MeetingFormat format = MeetingFormat.IN_PERSON;
    private String venue;
    private String onlineLink;
    private Integer seatsPerOrganisation;

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
