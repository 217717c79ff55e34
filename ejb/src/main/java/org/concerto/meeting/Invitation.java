package org.concerto.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;

import java.util.Objects;

/** A person invited to one meeting, in a meeting role. Their invitation is what lets them see it. */
@Entity
@Table(name = "invitation", uniqueConstraints = @UniqueConstraint(name = "uk_invitation_meeting_person", columnNames = {"meeting_id", "person_id"}))
public class Invitation extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingRole role;

    protected Invitation() {
        // for JPA
    }

    Invitation(Meeting meeting, Person person, MeetingRole role) {
        this.meeting = Objects.requireNonNull(meeting);
        this.person = Objects.requireNonNull(person);
        this.role = role == null ? MeetingRole.PARTICIPANT : role;
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
}
