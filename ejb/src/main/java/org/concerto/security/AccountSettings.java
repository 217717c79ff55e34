package org.concerto.security;

import java.time.Duration;
import org.concerto.shared.Settings;

/** The accounts' settings, read from the environment at each use (see README, "Configuration"). */
public final class AccountSettings {

    private AccountSettings() {}

    /** Failed logins in a row that lock an account (CONCERTO_LOGIN_MAX_FAILURES, 5). */
    public static int maxFailures() {
        return Settings.get("concerto.login.max.failures")
                .map(Integer::parseInt)
                .orElse(5);
    }

    /** How long a lockout lasts (CONCERTO_LOGIN_LOCK_MINUTES, 15). */
    public static Duration lockDuration() {
        return Duration.ofMinutes(
                Settings.get("concerto.login.lock.minutes").map(Long::parseLong).orElse(15L));
    }

    /** Whether the secretariat must use a second factor (CONCERTO_TOTP_REQUIRED_FOR_SECRETARIAT, off). */
    public static boolean secondFactorRequiredForSecretariat() {
        return Settings.flag("concerto.totp.required.for.secretariat", false);
    }
}
