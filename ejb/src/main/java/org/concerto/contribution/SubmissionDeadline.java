package org.concerto.contribution;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.concerto.meeting.Meeting;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.PlausibleDate;
import org.concerto.shared.PlausibleDates;

/** The deadline the secretariat set for a meeting's contributions, when it is not the default. */
@Entity
@Table(name = "submission_deadline")
public class SubmissionDeadline extends AbstractEntity {

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false, unique = true)
    private Meeting meeting;

    @Column(nullable = false)
    @PlausibleDate
    private Instant deadline;

    protected SubmissionDeadline() {
        // for JPA
    }

    public SubmissionDeadline(Meeting meeting, Instant deadline) {
        this.meeting = Objects.requireNonNull(meeting);
        move(deadline);
    }

    /** A deadline after the start of the meeting means nothing: refused. */
    public final void move(Instant newDeadline) {
        if (newDeadline == null) {
            throw new BusinessException("error.required", new org.concerto.shared.FieldName("deadline"));
        }
        PlausibleDates.check(newDeadline, "deadline");
        if (newDeadline.isAfter(meeting.getSchedule().getStartsAt())) {
            throw new BusinessException("error.contribution.deadlineAfterMeeting");
        }
        this.deadline = newDeadline;
    }

    public Instant getDeadline() {
        return deadline;
    }
}
