package org.concerto.meeting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Everything the meeting page shows, read in three queries whatever the number of invitees or items. */
public class MeetingDetails {

    private final Long id;
    private final long version;
    private final String title;
    private final String purpose;
    private final String subject;
    private final Instant startsAt;
    private final Instant endsAt;
    private final MeetingFormat format;
    private final String venue;
    private final String onlineLink;
    private final MeetingStatus status;
    private final boolean illustrative;
    private final List<InviteeGroup> inviteeGroups;
    private final int inviteeCount;
    private final List<AgendaRow> agenda;
    private final Duration agendaOverrun;

    MeetingDetails(
            Meeting meeting,
            List<InviteeGroup> inviteeGroups,
            int inviteeCount,
            List<AgendaRow> agenda,
            Duration agendaOverrun) {
        this.id = meeting.getId();
        this.version = meeting.getVersion();
        this.title = meeting.getTitle();
        this.purpose = meeting.getPurpose();
        this.subject = meeting.getSubject();
        this.startsAt = meeting.getSchedule().getStartsAt();
        this.endsAt = meeting.getSchedule().getEndsAt();
        this.format = meeting.getFormat();
        this.venue = meeting.getVenue();
        this.onlineLink = meeting.getOnlineLink();
        this.status = meeting.getStatus();
        this.illustrative = meeting.isIllustrative();
        this.inviteeGroups = List.copyOf(inviteeGroups);
        this.inviteeCount = inviteeCount;
        this.agenda = List.copyOf(agenda);
        this.agendaOverrun = agendaOverrun;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
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

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    /** What the secretariat may do to the meeting at {@code now}, as {@link Meeting#possibleSteps} answers it. */
    public Set<MeetingStep> possibleSteps(Instant now) {
        return status.stepsAt(startsAt, now);
    }

    public boolean isIllustrative() {
        return illustrative;
    }

    public List<InviteeGroup> getInviteeGroups() {
        return inviteeGroups;
    }

    public int getInviteeCount() {
        return inviteeCount;
    }

    public List<AgendaRow> getAgenda() {
        return agenda;
    }

    /** Minutes by which the agenda runs past the planned end; 0 when it fits. */
    public long getAgendaOverrunMinutes() {
        return agendaOverrun.toMinutes();
    }
}
