package org.concerto.meeting;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Texts;
import org.concerto.shared.Zones;
import org.hibernate.envers.AuditMappedBy;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * One dated session of the regulator with stakeholders: its subject, its invitees, its agenda, and
 * the state it has reached. Every change of state goes through a method that refuses, with a reason,
 * what does not follow from the current state.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(name = "meeting")
public class Meeting extends AbstractEntity {

    public static final int TITLE_LENGTH = 200;
    public static final int PURPOSE_LENGTH = 4000;
    public static final int SUBJECT_LENGTH = 200;
    public static final int VENUE_LENGTH = 300;
    /** The most seats a meeting gives one organisation: more is a typing slip, not a limit. */
    public static final int MAX_SEATS = 99;

    public static final int LINK_LENGTH = 500;

    @NotBlank @Size(max = TITLE_LENGTH) @Column(nullable = false, length = TITLE_LENGTH)
    private String title;

    @Size(max = PURPOSE_LENGTH) @Column(length = PURPOSE_LENGTH)
    private String purpose;

    /** The regulatory subject: the product or device the meeting is about. */
    @Size(max = SUBJECT_LENGTH) @Column(length = SUBJECT_LENGTH)
    private String subject;

    @Embedded
    private Schedule schedule;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingFormat format;

    @Size(max = VENUE_LENGTH) @Column(length = VENUE_LENGTH)
    private String venue;

    @Size(max = LINK_LENGTH) @Column(name = "online_link", length = LINK_LENGTH)
    private String onlineLink;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MeetingStatus status = MeetingStatus.DRAFT;

    /** At most this many invitees per organisation; null when the secretariat sets no limit. */
    @Column(name = "seats_per_organisation")
    private Integer seatsPerOrganisation;

    /** Demo data: invented around the founding case, and shown as such on every page of the meeting. */
    @Column(nullable = false)
    private boolean illustrative;

    /** The iCalendar UID of the meeting, given when its first notice is written and never changed. */
    @Column(name = "calendar_uid", length = 100)
    private String calendarUid;

    /** The iCalendar SEQUENCE: raised by every change sent to invitees (postponement, new notice, cancellation). */
    @Column(name = "calendar_sequence", nullable = false)
    private int calendarSequence;

    /** Meetings on the same subject share this key: a follow-up shows the actions still open in its series. */
    @NotAudited // a key, not a fact (meeting_aud has no column for it): the history shows the follow-up meeting's
    // creation instead
    @Column(name = "series_key", length = 36)
    private String seriesKey;

    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
    @NotAudited
    private List<Invitation> invitations = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "meeting_id", nullable = false)
    @OrderColumn(name = "position", nullable = false)
    // The items' audit rows carry the meeting (AgendaItem.meeting, read-only): Envers fills it from this list.
    @AuditMappedBy(mappedBy = "meeting")
    private List<AgendaItem> agenda = new ArrayList<>();

    protected Meeting() {
        // for JPA
    }

    public Meeting(
            String title, String subject, Schedule schedule, MeetingFormat format, String venue, String onlineLink) {
        describe(title, null, subject);
        arrange(schedule, format, venue, onlineLink);
    }

    /** Title, purpose and subject; the title is required. */
    public final void describe(String title, String purpose, String subject) {
        this.title = Texts.required(title, "title", TITLE_LENGTH);
        this.purpose = Texts.optional(purpose, "purpose", PURPOSE_LENGTH);
        this.subject = Texts.optional(subject, "subject", SUBJECT_LENGTH);
    }

    /** When and where: a venue for a meeting in a room, an https link for one online. */
    public final void arrange(Schedule schedule, MeetingFormat format, String venue, String onlineLink) {
        if (schedule == null) {
            throw new BusinessException("error.required", new FieldName("startsAt"));
        }
        if (format == null) {
            throw new BusinessException("error.required", new FieldName("format"));
        }
        String checkedVenue = Texts.optional(venue, "venue", VENUE_LENGTH);
        String checkedLink = Texts.optional(onlineLink, "onlineLink", LINK_LENGTH);
        if (format.needsVenue() && checkedVenue == null) {
            throw new BusinessException("error.meeting.venueRequired");
        }
        if (format.needsOnlineLink()) {
            if (checkedLink == null) {
                throw new BusinessException("error.meeting.onlineLinkRequired");
            }
            requireHttpsLink(checkedLink);
        }
        this.schedule = schedule;
        this.format = format;
        this.venue = checkedVenue;
        this.onlineLink = format.needsOnlineLink() ? checkedLink : null;
    }

    private static void requireHttpsLink(String link) {
        try {
            URI uri = new URI(link);
            if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
                throw new BusinessException("error.meeting.onlineLinkInvalid");
            }
        } catch (URISyntaxException e) {
            throw new BusinessException("error.meeting.onlineLinkInvalid");
        }
    }

    public void markIllustrative() {
        this.illustrative = true;
    }

    /**
     * Changes what the secretariat typed in the meeting form. The title and purpose can change until the
     * meeting is held; the date, format and place only while it is a draft (or postponed, to convene it
     * again): once invitations are out, a new date is a postponement.
     */
    public void revise(
            String title,
            String purpose,
            String subject,
            Schedule schedule,
            MeetingFormat format,
            String venue,
            String onlineLink,
            Integer seats) {
        if (!status.isBeforeMeeting()) {
            throw new BusinessException("error.meeting.editClosed", status);
        }
        boolean rearranged = !Objects.equals(schedule, this.schedule)
                || format != this.format
                || !Objects.equals(Texts.optional(venue, "venue", VENUE_LENGTH), this.venue)
                || !Objects.equals(
                        format != null && format.needsOnlineLink()
                                ? Texts.optional(onlineLink, "onlineLink", LINK_LENGTH)
                                : null,
                        this.onlineLink);
        if (rearranged && status == MeetingStatus.CONVENED) {
            throw new BusinessException("error.meeting.rearrangeConvened");
        }
        describe(title, purpose, subject);
        arrange(schedule, format, venue, onlineLink);
        limitSeats(seats);
    }

    /** Limits the invitees per organisation; a limit below what is already invited is refused. */
    public void limitSeats(Integer seats) {
        if (seats != null && (seats < 1 || seats > MAX_SEATS)) {
            throw new BusinessException("error.meeting.seats", String.valueOf(MAX_SEATS));
        }
        if (seats != null) {
            invitations.stream()
                    .filter(i -> i.getPerson().getOrganisation() != null)
                    .collect(java.util.stream.Collectors.groupingBy(
                            i -> i.getPerson().getOrganisation(), java.util.stream.Collectors.counting()))
                    .forEach((organisation, count) -> {
                        if (count > seats) {
                            throw new BusinessException("error.invitation.seatsFull", organisation.getName(), seats);
                        }
                    });
        }
        this.seatsPerOrganisation = seats;
    }

    /**
     * A draft for the next meeting on the same subject: same description, place and invitees (in
     * their roles), a fresh agenda, on the given date.
     */
    public Meeting followUp(Schedule schedule) {
        Meeting next = new Meeting(title, subject, schedule, format, venue, onlineLink);
        next.describe(title, purpose, subject);
        next.seatsPerOrganisation = seatsPerOrganisation;
        next.illustrative = illustrative;
        next.seriesKey = seriesKey();
        for (Invitation invitation : invitations) {
            next.invite(invitation.getPerson(), invitation.getRole());
        }
        return next;
    }

    /** The key of the meeting's series, given the first time the meeting is followed up; the same for the whole series. */
    public String seriesKey() {
        if (seriesKey == null) {
            seriesKey = java.util.UUID.randomUUID().toString();
        }
        return seriesKey;
    }

    /** This meeting continues the series of an earlier one (for a meeting not created with "copy as follow-up"). */
    public void continueSeriesOf(Meeting earlier) {
        if (earlier == this) {
            throw new BusinessException("error.meeting.seriesSelf");
        }
        this.seriesKey = earlier.seriesKey();
    }

    public String getSeriesKey() {
        return seriesKey;
    }

    /** Only a draft can be deleted: anything convened has been sent out and stays on record. */
    public void requireDeletable() {
        if (!status.allows(MeetingStep.DELETE)) {
            throw new BusinessException("error.meeting.deleteNotDraft", status);
        }
    }

    // --- invitees ---------------------------------------------------------------------------------

    /** Invites a person in a role; each person once, and only before the meeting is held. */
    public Invitation invite(Person person, MeetingRole role) {
        Objects.requireNonNull(person);
        if (!status.isBeforeMeeting()) {
            throw new BusinessException("error.meeting.invitationsClosed", status);
        }
        if (isInvited(person)) {
            throw new BusinessException("error.invitation.duplicate", person.getDisplayName());
        }
        if (seatsPerOrganisation != null
                && person.getOrganisation() != null
                && invitations.stream()
                                .filter(i -> person.getOrganisation()
                                        .equals(i.getPerson().getOrganisation()))
                                .count()
                        >= seatsPerOrganisation) {
            throw new BusinessException(
                    "error.invitation.seatsFull", person.getOrganisation().getName(), seatsPerOrganisation);
        }
        Invitation invitation = new Invitation(this, person, role);
        invitations.add(invitation);
        return invitation;
    }

    /** Withdraws an invitation; only while nothing has been sent (a draft). */
    public void uninvite(Person person) {
        if (!status.allows(MeetingStep.UNINVITE)) {
            throw new BusinessException("error.meeting.uninviteClosed", status);
        }
        if (!invitations.removeIf(i -> i.getPerson().equals(person))) {
            throw new BusinessException("error.invitation.notInvited", person.getDisplayName());
        }
    }

    public boolean isInvited(Person person) {
        return invitations.stream().anyMatch(i -> i.getPerson().equals(person));
    }

    public List<Invitation> getInvitations() {
        return Collections.unmodifiableList(invitations);
    }

    // --- agenda -----------------------------------------------------------------------------------

    public AgendaItem addAgendaItem(AgendaItem item) {
        requireAgendaOpen();
        agenda.add(Objects.requireNonNull(item));
        item.placeIn(this);
        return item;
    }

    /** The agenda can change until the meeting is held; the caller then edits an item of it. */
    public AgendaItem agendaItem(long itemId) {
        requireAgendaOpen();
        return agenda.stream()
                .filter(i -> i.getId() != null && i.getId() == itemId)
                .findFirst()
                .orElseThrow(() -> new BusinessException("error.agenda.itemNotFound"));
    }

    /** Moves an item to a new place (0 is first); the others keep their order. */
    public void moveAgendaItem(long itemId, int newIndex) {
        AgendaItem item = agendaItem(itemId);
        if (newIndex < 0 || newIndex >= agenda.size()) {
            throw new BusinessException("error.agenda.position", agenda.size());
        }
        agenda.remove(item);
        agenda.add(newIndex, item);
    }

    public void removeAgendaItem(long itemId) {
        agenda.remove(agendaItem(itemId));
    }

    private void requireAgendaOpen() {
        if (!status.isBeforeMeeting()) {
            throw new BusinessException("error.meeting.agendaClosed", status);
        }
    }

    public List<AgendaItem> getAgenda() {
        return Collections.unmodifiableList(agenda);
    }

    /** Start and end of each item, computed from the meeting's start; the order is the agenda's. */
    public Timetable timetable() {
        return Timetable.of(
                schedule.getStartsAt(),
                agenda.stream().map(AgendaItem::getPlannedDuration).toList());
    }

    // --- life cycle ---------------------------------------------------------------------------------

    /** Sends the meeting out: it needs invitees, an agenda and a date still to come. */
    public void convene(Clock clock) {
        requireTransition(MeetingStatus.CONVENED);
        if (invitations.isEmpty()) {
            throw new BusinessException("error.meeting.convene.noInvitees");
        }
        if (agenda.isEmpty()) {
            throw new BusinessException("error.meeting.convene.noAgenda");
        }
        if (!schedule.getStartsAt().isAfter(clock.instant())) {
            throw new BusinessException("error.meeting.convene.inThePast");
        }
        if (status == MeetingStatus.POSTPONED) {
            // The invitees already hold the first notice: the new one replaces it in their calendars.
            calendarSequence++;
        }
        calendarUid();
        status = MeetingStatus.CONVENED;
    }

    /**
     * Moves a convened meeting to a new date still to come; the invitees are told, and it is convened
     * again on that date.
     */
    public void postpone(Schedule newSchedule, Clock clock) {
        requireTransition(MeetingStatus.POSTPONED);
        if (newSchedule != null && !newSchedule.getStartsAt().isAfter(clock.instant())) {
            throw new BusinessException("error.meeting.postpone.inThePast");
        }
        if (schedule.equals(newSchedule)) {
            throw new BusinessException("error.meeting.postpone.sameDate");
        }
        arrange(newSchedule, format, venue, onlineLink);
        calendarSequence++;
        status = MeetingStatus.POSTPONED;
    }

    public void cancel() {
        requireTransition(MeetingStatus.CANCELLED);
        if (haveNoticesBeenSent()) {
            calendarSequence++;
        }
        status = MeetingStatus.CANCELLED;
    }

    /** Whether invitees hold a notice of this meeting: it is convened, or postponed after being convened. */
    public boolean haveNoticesBeenSent() {
        return status == MeetingStatus.CONVENED || status == MeetingStatus.POSTPONED;
    }

    /** The meeting's calendar UID, given the first time it is needed; the same for its whole life. */
    public String calendarUid() {
        if (calendarUid == null) {
            calendarUid = java.util.UUID.randomUUID() + "@concerto";
        }
        return calendarUid;
    }

    public int getCalendarSequence() {
        return calendarSequence;
    }

    /** What the secretariat may do to the meeting now; each step's method refuses it otherwise, saying why. */
    public Set<MeetingStep> possibleSteps(Clock clock) {
        return status.stepsAt(schedule.getStartsAt(), clock.instant());
    }

    /** The meeting took place: only once it has started. */
    public void markHeld(Clock clock) {
        requireTransition(MeetingStatus.HELD);
        if (clock.instant().isBefore(schedule.getStartsAt())) {
            throw new BusinessException("error.meeting.heldBeforeStart");
        }
        status = MeetingStatus.HELD;
    }

    public void openMinutesReview() {
        requireTransition(MeetingStatus.MINUTES_IN_REVIEW);
        status = MeetingStatus.MINUTES_IN_REVIEW;
    }

    public void approveMinutes() {
        requireTransition(MeetingStatus.MINUTES_APPROVED);
        status = MeetingStatus.MINUTES_APPROVED;
    }

    public void publish() {
        requireTransition(MeetingStatus.PUBLISHED);
        status = MeetingStatus.PUBLISHED;
    }

    private void requireTransition(MeetingStatus next) {
        if (!status.canBecome(next)) {
            throw new BusinessException("error.meeting.transition", status, next);
        }
    }

    // --- attendance ----------------------------------------------------------------------------------

    /** The day of the meeting, in Paris: attendance is taken on that day and its times fall within it. */
    public LocalDate day() {
        return schedule.getStartsAt().atZone(Zones.DEFAULT).toLocalDate();
    }

    /** Attendance is taken from the day of the meeting on, while it is convened or held (not after the minutes start). */
    public boolean canRecordAttendance(Clock clock) {
        return (status == MeetingStatus.CONVENED || status == MeetingStatus.HELD)
                && !clock.instant().atZone(Zones.DEFAULT).toLocalDate().isBefore(day());
    }

    void requireAttendanceOpen(Clock clock) {
        if (status != MeetingStatus.CONVENED && status != MeetingStatus.HELD) {
            throw new BusinessException("error.attendance.closed", status);
        }
        if (!canRecordAttendance(clock)) {
            throw new BusinessException("error.attendance.beforeDay");
        }
    }

    void requireOnMeetingDay(Instant instant) {
        if (!instant.atZone(Zones.DEFAULT).toLocalDate().equals(day())) {
            throw new BusinessException("error.attendance.notOnMeetingDay");
        }
    }

    /** A time of day typed on the attendance sheet, as the instant it means on the day of the meeting in Paris. */
    public Instant onMeetingDay(LocalTime time) {
        return time == null ? null : day().atTime(time).atZone(Zones.DEFAULT).toInstant();
    }

    // --- reading ------------------------------------------------------------------------------------

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getSubject() {
        return subject;
    }

    public Schedule getSchedule() {
        return schedule;
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

    public boolean isIllustrative() {
        return illustrative;
    }

    public Integer getSeatsPerOrganisation() {
        return seatsPerOrganisation;
    }
}
