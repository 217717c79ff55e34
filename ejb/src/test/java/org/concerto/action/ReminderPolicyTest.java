package org.concerto.action;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.concerto.shared.Zones;
import org.junit.jupiter.api.Test;

class ReminderPolicyTest {

    /** 7:00 in Paris on 10 March 2025, when the reminder job runs. */
    private static final Clock MORNING =
            Clock.fixed(ZonedDateTime.of(2025, 3, 10, 7, 0, 0, 0, Zones.DEFAULT).toInstant(), Zones.DEFAULT);

    private final ReminderPolicy policy = new ReminderPolicy(MORNING, 7);

    @Test
    void remindsWithinTheConfiguredDaysBeforeTheDueDate() {
        assertThat(policy.reasonFor(ActionStatus.OPEN, LocalDate.of(2025, 3, 17)))
                .contains(ReminderReason.DUE_SOON);
        assertThat(policy.reasonFor(ActionStatus.IN_PROGRESS, LocalDate.of(2025, 3, 10)))
                .as("due today")
                .contains(ReminderReason.DUE_SOON);
        assertThat(policy.reasonFor(ActionStatus.OPEN, LocalDate.of(2025, 3, 18)))
                .as("eight days ahead")
                .isEmpty();
    }

    @Test
    void anOverdueActionGetsTheOverdueReminderNotALateDueSoonOne() {
        assertThat(policy.reasonFor(ActionStatus.OPEN, LocalDate.of(2025, 3, 9)))
                .contains(ReminderReason.OVERDUE);
        assertThat(policy.reasonFor(ActionStatus.IN_PROGRESS, LocalDate.of(2024, 1, 1)))
                .contains(ReminderReason.OVERDUE);
    }

    @Test
    void doneAndCancelledActionsAreNeverReminded() {
        assertThat(policy.reasonFor(ActionStatus.DONE, LocalDate.of(2025, 3, 9)))
                .isEmpty();
        assertThat(policy.reasonFor(ActionStatus.CANCELLED, LocalDate.of(2025, 3, 12)))
                .isEmpty();
    }

    @Test
    void theDaysAreConfigurableAndTheDayIsParissDay() {
        ReminderPolicy sameDay = new ReminderPolicy(MORNING, 0);
        assertThat(sameDay.reasonFor(ActionStatus.OPEN, LocalDate.of(2025, 3, 11)))
                .isEmpty();
        assertThat(sameDay.reasonFor(ActionStatus.OPEN, LocalDate.of(2025, 3, 10)))
                .contains(ReminderReason.DUE_SOON);

        // 00:30 in Paris on 11 March is still 10 March in UTC: Paris's day counts.
        Clock afterMidnight = Clock.fixed(
                ZonedDateTime.of(2025, 3, 11, 0, 30, 0, 0, Zones.DEFAULT).toInstant(), Zones.DEFAULT);
        assertThat(new ReminderPolicy(afterMidnight, 7).reasonFor(ActionStatus.OPEN, LocalDate.of(2025, 3, 10)))
                .contains(ReminderReason.OVERDUE);
        assertThat(new ReminderPolicy(afterMidnight, 7).horizon()).isEqualTo(LocalDate.of(2025, 3, 18));
    }
}
