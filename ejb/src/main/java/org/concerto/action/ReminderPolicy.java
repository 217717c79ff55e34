package org.concerto.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.concerto.shared.Settings;

/**
 * When an owner is reminded: {@code daysBefore} days before the due date (or later, if the action was
 * recorded closer to its date), and once the date has passed. Only pending actions are reminded;
 * an overdue action gets the overdue reminder, not a late "due soon" one.
 */
public final class ReminderPolicy {

    /** CONCERTO_ACTION_REMINDER_DAYS: how many days before the due date owners are reminded. */
    public static final String DAYS_SETTING = "concerto.action.reminder.days";

    static final int DEFAULT_DAYS = 7;

    private final LocalDate today;
    private final int daysBefore;

    public ReminderPolicy(Clock clock, int daysBefore) {
        if (daysBefore < 0) {
            throw new IllegalArgumentException("Reminder days must not be negative: " + daysBefore);
        }
        this.today = ActionItem.today(clock);
        this.daysBefore = daysBefore;
    }

    /** The policy with the configured number of days (CONCERTO_ACTION_REMINDER_DAYS, 7 by default). */
    public static ReminderPolicy configured(Clock clock) {
        return new ReminderPolicy(
                clock, Settings.get(DAYS_SETTING).map(Integer::parseInt).orElse(DEFAULT_DAYS));
    }

    /** The reminder an action calls for today, if any (whether it was already sent is the caller's record). */
    public Optional<ReminderReason> reasonFor(ActionStatus status, LocalDate dueDate) {
        if (status == null || !status.isPending() || dueDate == null) {
            return Optional.empty();
        }
        if (dueDate.isBefore(today)) {
            return Optional.of(ReminderReason.OVERDUE);
        }
        if (!dueDate.isAfter(horizon())) {
            return Optional.of(ReminderReason.DUE_SOON);
        }
        return Optional.empty();
    }

    public LocalDate today() {
        return today;
    }

    /** The last due date that is "due soon" today. */
    public LocalDate horizon() {
        return today.plusDays(daysBefore);
    }

    public int daysBefore() {
        return daysBefore;
    }
}
