package org.concerto.action;

/** Why an owner is reminded of an action: each is sent at most once per action. */
public enum ReminderReason {
    /** The due date is near (CONCERTO_ACTION_REMINDER_DAYS before it). */
    DUE_SOON,
    /** The due date has passed and the action is still pending. */
    OVERDUE
}
