package org.concerto.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.concerto.meeting.Meeting;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.PlausibleDate;
import org.concerto.shared.PlausibleDates;

/** The secretariat lets one person submit after the deadline, until a given time; what they send then is marked late. */
@Entity
@Table(name = "submission_reopening")
public class SubmissionReopening extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Column(name = "open_until", nullable = false)
    @PlausibleDate
    private Instant openUntil;

    @Column(name = "reopened_by", nullable = false, length = 100)
    private String reopenedBy;

    @Column(name = "reopened_at", nullable = false)
    private Instant reopenedAt;

    protected SubmissionReopening() {
        // for JPA
    }

    public SubmissionReopening(Meeting meeting, Person person, Instant until, String by, Instant now) {
        this.meeting = Objects.requireNonNull(meeting);
        this.person = Objects.requireNonNull(person);
        extend(until, by, now);
    }

    public final void extend(Instant until, String by, Instant now) {
        if (until == null || !until.isAfter(now)) {
            throw new BusinessException("error.contribution.reopenInThePast");
        }
        PlausibleDates.check(until, "reopenUntil");
        this.openUntil = until;
        this.reopenedBy = by;
        this.reopenedAt = now;
    }

    public Instant getOpenUntil() {
        return openUntil;
    }

    public Person getPerson() {
        return person;
    }
}
