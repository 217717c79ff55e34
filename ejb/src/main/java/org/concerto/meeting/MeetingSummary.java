package org.concerto.meeting;

import java.time.Instant;

/** One row of a meetings list, read by a JPQL constructor expression (a class: EL 5 cannot read records). */
public class MeetingSummary {

    private final Long id;
    private final String title;
    private final String subject;
    private final Instant startsAt;
    private final Instant endsAt;
    private final MeetingFormat format;
    private final MeetingStatus status;
    private final boolean illustrative;
    private final long inviteeCount;

    public MeetingSummary(
            Long id,
            String title,
            String subject,
            Instant startsAt,
            Instant endsAt,
            MeetingFormat format,
            MeetingStatus status,
            boolean illustrative,
            long inviteeCount) {
        this.id = id;
        this.title = title;
        this.subject = subject;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.format = format;
        this.status = status;
        this.illustrative = illustrative;
        this.inviteeCount = inviteeCount;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public MeetingFormat getFormat() {
        return format;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public long getInviteeCount() {
        return inviteeCount;
    }
}
