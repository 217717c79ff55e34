package org.concerto.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.PlausibleDate;
import org.concerto.shared.PlausibleDates;

/** When a meeting takes place: two instants, the end after the start. */
@Embeddable
public class Schedule {

    @PlausibleDate
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @PlausibleDate
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    protected Schedule() {
        // for JPA
    }

    public Schedule(Instant startsAt, Instant endsAt) {
        if (startsAt == null) {
            throw new BusinessException("error.required", new FieldName("startsAt"));
        }
        if (endsAt == null) {
            throw new BusinessException("error.required", new FieldName("endsAt"));
        }
        PlausibleDates.check(startsAt, "startsAt");
        PlausibleDates.check(endsAt, "endsAt");
        if (!endsAt.isAfter(startsAt)) {
            throw new BusinessException("error.meeting.endBeforeStart");
        }
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Duration length() {
        return Duration.between(startsAt, endsAt);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Schedule other && startsAt.equals(other.startsAt) && endsAt.equals(other.endsAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(startsAt, endsAt);
    }
}
