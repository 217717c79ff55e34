package org.concerto.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * A person invited to one meeting, in a meeting role. Their invitation is what lets them see it. It
 * carries their answer, and the token of the link in their notice with which they give it.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(
        name = "invitation",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_invitation_meeting_person",
                        columnNames = {"meeting_id", "person_id"}))
@NamedQuery(
        name = "Invitation.byToken",
        query = "select i from Invitation i join fetch i.meeting join fetch i.person where i.answerToken = :token")
public class Invitation extends AbstractEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingRole role;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InvitationResponse response = InvitationResponse.PENDING;

    @Column(name = "answered_at")
    private Instant answeredAt;

    /** 256 random bits: the link in the notice answers this invitation and nothing else. */
    @Column(name = "answer_token", length = 64, unique = true)
    @NotAudited // a key, not a fact: it has no place in the history
    private String answerToken;

    /** Whom the invitee sent in their place, when they did. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "substitute_id")
    private Person substitute;

    /** Recorded on the day by the secretariat; null until then. */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private AttendanceStatus attendance;

    @Column(name = "arrived_at")
    private Instant arrivedAt;

    @Column(name = "left_at")
    private Instant leftAt;

    protected Invitation() {
        // for JPA
    }

    Invitation(Meeting meeting, Person person, MeetingRole role) {
        this.meeting = Objects.requireNonNull(meeting);
        this.person = Objects.requireNonNull(person);
        this.role = role == null ? MeetingRole.PARTICIPANT : role;
        this.answerToken = newToken();
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The token of the answer link; invitations older than answers get theirs with their first notice. */
    public String answerToken() {
        if (answerToken == null) {
            answerToken = newToken();
        }
        return answerToken;
    }

    // --- answers --------------------------------------------------------------------------------

    /** Will come, or will not: the invitee may change their mind until the meeting is held. */
    public void answer(InvitationResponse answer, Clock clock) {
        if (answer != InvitationResponse.ACCEPTED && answer != InvitationResponse.DECLINED) {
            throw new BusinessException("error.required", new org.concerto.shared.FieldName("response"));
        }
        requireAnswerable();
        this.response = answer;
        this.answeredAt = clock.instant();
    }

    /**
     * Sends a colleague of the same organisation instead: they are invited in the same role, and this
     * invitation is settled for good.
     */
    public Invitation substituteBy(Person colleague, Clock clock) {
        requireAnswerable();
        Objects.requireNonNull(colleague);
        if (colleague.equals(person) || !sameOrganisation(colleague)) {
            throw new BusinessException("error.invitation.substituteOrganisation", colleague.getDisplayName());
        }
        Invitation replacement = meeting.invite(colleague, role);
        this.response = InvitationResponse.SUBSTITUTED;
        this.substitute = colleague;
        this.answeredAt = clock.instant();
        return replacement;
    }

    private boolean sameOrganisation(Person colleague) {
        return person.getOrganisation() != null
                && colleague.getOrganisation() != null
                && Objects.equals(
                        person.getOrganisation().getId(),
                        colleague.getOrganisation().getId());
    }

    /** Answers are taken once the notice has gone out, until the meeting is held or cancelled. */
    private void requireAnswerable() {
        if (!meeting.haveNoticesBeenSent()) {
            throw new BusinessException("error.invitation.answerClosed", meeting.getStatus());
        }
        if (response == InvitationResponse.SUBSTITUTED) {
            throw new BusinessException("error.invitation.substituted", substitute.getDisplayName());
        }
    }

    public boolean isAnswerable() {
        return meeting.haveNoticesBeenSent() && response != InvitationResponse.SUBSTITUTED;
    }

    // --- attendance -----------------------------------------------------------------------------

    /**
     * Records whether the invitee came, and optionally when they arrived and left. Allowed from the day
     * of the meeting on, while it is convened or held; the times must fall on that day, departure after
     * arrival. Excused or absent invitees have no times: any given are dropped, since they were not there.
     * A null status clears what was recorded.
     */
    public void recordAttendance(AttendanceStatus status, Instant arrival, Instant departure, Clock clock) {
        meeting.requireAttendanceOpen(clock);
        boolean timed = status != null && status.tookPart();
        Instant arrived = timed ? arrival : null;
        Instant left = timed ? departure : null;
        if (arrived != null) {
            meeting.requireOnMeetingDay(arrived);
        }
        if (left != null) {
            meeting.requireOnMeetingDay(left);
        }
        if (arrived != null && left != null && !left.isAfter(arrived)) {
            throw new BusinessException("error.attendance.departureBeforeArrival");
        }
        this.attendance = status;
        this.arrivedAt = arrived;
        this.leftAt = left;
    }

    public AttendanceStatus getAttendance() {
        return attendance;
    }

    public Instant getArrivedAt() {
        return arrivedAt;
    }

    public Instant getLeftAt() {
        return leftAt;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public Person getPerson() {
        return person;
    }

    public MeetingRole getRole() {
        return role;
    }

    public InvitationResponse getResponse() {
        return response;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public Person getSubstitute() {
        return substitute;
    }
}
