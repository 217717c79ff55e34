package org.concerto.security;

import java.time.Duration;
import java.util.logging.Logger;
import org.concerto.shared.Settings;

/**
 * The accounts' settings, read from the environment at each use (see README, "Accounts and hardening").
 *
 * <p>The thresholds go together: one address is refused (CONCERTO_LOGIN_ADDRESS_MAX_FAILURES, 10 within 15
 * minutes) long before an account locks (CONCERTO_LOGIN_MAX_FAILURES, 20 within 15 minutes), so that no single
 * address can lock somebody else's account; an account locks only when failures come from several addresses.
 */
public final class AccountSettings {

    private static final Logger LOG = Logger.getLogger(AccountSettings.class.getName());

    private AccountSettings() {}

    /** Failed logins within {@link #lockDuration()} that lock an account (CONCERTO_LOGIN_MAX_FAILURES, 20). */
    public static int maxFailures() {
        return positive("concerto.login.max.failures", 20);
    }

    /** How long a lockout lasts, and the window its failures are counted in (CONCERTO_LOGIN_LOCK_MINUTES, 15). */
    public static Duration lockDuration() {
        return Duration.ofMinutes(positive("concerto.login.lock.minutes", 15));
    }

    /**
     * Failed logins from one client address within {@link #addressBlockDuration()} after which that address is
     * refused (CONCERTO_LOGIN_ADDRESS_MAX_FAILURES, 10).
     */
    public static int addressMaxFailures() {
        return positive("concerto.login.address.max.failures", 10);
    }

    /** How long a refused address stays refused, and the window its failures are counted in (15 minutes). */
    public static Duration addressBlockDuration() {
        return Duration.ofMinutes(positive("concerto.login.address.block.minutes", 15));
    }

    /**
     * The first step of the slow-down after a failed login (CONCERTO_LOGIN_DELAY_MILLIS, 250): it doubles with
     * each failure from the same address, up to 16 times the step.
     */
    public static long delayStepMillis() {
        return positive("concerto.login.delay.millis", 250);
    }

    /** Whether the secretariat must use a second factor (CONCERTO_TOTP_REQUIRED_FOR_SECRETARIAT, off). */
    public static boolean secondFactorRequiredForSecretariat() {
        return Settings.flag("concerto.totp.required.for.secretariat", false);
    }

    /** How long to pause the answer after the n-th failure from an address. */
    public static long delayAfter(int failures) {
        return delayStepMillis() << Math.min(Math.max(failures - 1, 0), 4);
    }

    private static int positive(String name, int defaultValue) {
        String value = Settings.get(name).orElse(null);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        LOG.warning(() -> name.toUpperCase(java.util.Locale.ROOT).replace('.', '_') + "=" + value
                + " is not a positive whole number; " + defaultValue + " is used");
        return defaultValue;
    }
}
