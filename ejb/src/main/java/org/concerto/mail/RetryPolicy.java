package org.concerto.mail;

import java.time.Duration;

/**
 * How long a mail waits after a failed attempt: one minute, then twice as long after each failure, at
 * most an hour. A mail is never given up: a server down for a day still gets every mail, an hour late at worst.
 */
public final class RetryPolicy {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration LONGEST = Duration.ofHours(1);

    private RetryPolicy() {}

    /** The wait after the given number of failed attempts (1 for the first failure). */
    public static Duration backOff(int failedAttempts) {
        if (failedAttempts <= 1) {
            return FIRST;
        }
        // Past 2^6 minutes the cap applies anyway: no overflow for mails that fail for days.
        int doublings = Math.min(failedAttempts - 1, 6);
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
    }
}
