package org.concerto.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.concerto.shared.Settings;
import org.concerto.shared.Zones;

/**
 * How long Concerto keeps personal data, from the settings: a person's name and contact details for
 * CONCERTO_RETENTION_PERSON_YEARS after the end of the last meeting they were invited to (5 by default),
 * and the outbox's mails for CONCERTO_RETENTION_OUTBOX_DAYS after they were written (90 by default).
 */
public final class RetentionSchedule {

    public static final int DEFAULT_PERSON_YEARS = 5;
    public static final int DEFAULT_OUTBOX_DAYS = 90;

    private final int personYears;
    private final int outboxDays;

    public RetentionSchedule(int personYears, int outboxDays) {
        if (personYears < 1 || outboxDays < 1) {
            throw new IllegalArgumentException("Retention periods are at least one year and one day");
        }
        this.personYears = personYears;
        this.outboxDays = outboxDays;
    }

    /** From the settings; a value that is not a positive number keeps the default. */
    public static RetentionSchedule fromSettings() {
        return new RetentionSchedule(
                positive("concerto.retention.person.years", DEFAULT_PERSON_YEARS),
                positive("concerto.retention.outbox.days", DEFAULT_OUTBOX_DAYS));
    }

    private static int positive(String name, int defaultValue) {
        return Settings.get(name)
                .map(value -> {
                    try {
                        int number = Integer.parseInt(value);
                        return number > 0 ? number : defaultValue;
                    } catch (NumberFormatException e) {
                        return defaultValue;
                    }
                })
                .orElse(defaultValue);
    }

    /** People whose last meeting ended before this instant are anonymised. */
    public Instant personCutoff(Instant now) {
        return ZonedDateTime.ofInstant(now, Zones.DEFAULT)
                .minusYears(personYears)
                .toInstant();
    }

    /** Mails written before this instant are deleted. */
    public Instant outboxCutoff(Instant now) {
        return now.minus(Duration.ofDays(outboxDays));
    }

    public int getPersonYears() {
        return personYears;
    }

    public int getOutboxDays() {
        return outboxDays;
    }
}
