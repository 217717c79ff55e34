package org.concerto.security;

import java.time.Duration;

/** What a one-time link lets its holder do, and how long it stays valid. */
public enum TokenPurpose {
    /** The secretariat invited a person to Concerto: they choose their first password. */
    INVITATION(Duration.ofDays(7)),
    /** Someone asked for a new password from the login page. */
    RESET(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}
