package org.concerto.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

    private static final Instant NOW =
            ZonedDateTime.parse("2026-11-24T12:00+01:00[Europe/Paris]").toInstant();

    @AfterEach
    void clear() {
        System.clearProperty("concerto.retention.person.years");
        System.clearProperty("concerto.retention.outbox.days");
    }

    @Test
    void peopleAreKeptFiveYearsAfterTheirLastMeetingAndMailsNinetyDaysByDefault() {
        RetentionSchedule schedule = RetentionSchedule.fromSettings();

        assertThat(schedule.getPersonYears()).isEqualTo(5);
        assertThat(schedule.getOutboxDays()).isEqualTo(90);
        assertThat(schedule.personCutoff(NOW))
                .isEqualTo(ZonedDateTime.parse("2021-11-24T12:00+01:00[Europe/Paris]")
                        .toInstant());
        assertThat(schedule.outboxCutoff(NOW))
                .as("ninety days of 24 hours")
                .isEqualTo(NOW.minus(java.time.Duration.ofDays(90)));
    }

    @Test
    void theSettingsChangeThePeriodsAndNonsenseKeepsTheDefaults() {
        System.setProperty("concerto.retention.person.years", "10");
        System.setProperty("concerto.retention.outbox.days", "-3");

        RetentionSchedule schedule = RetentionSchedule.fromSettings();

        assertThat(schedule.getPersonYears()).isEqualTo(10);
        assertThat(schedule.getOutboxDays()).isEqualTo(RetentionSchedule.DEFAULT_OUTBOX_DAYS);
        System.setProperty("concerto.retention.person.years", "cinq");
        assertThat(RetentionSchedule.fromSettings().getPersonYears()).isEqualTo(RetentionSchedule.DEFAULT_PERSON_YEARS);
    }

    @Test
    void aPeriodOfNothingIsRefused() {
        assertThatThrownBy(() -> new RetentionSchedule(0, 30)).isInstanceOf(IllegalArgumentException.class);
    }
}
