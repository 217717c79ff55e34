package org.concerto.security;

import java.time.Instant;

/** What the person page says about someone's access to Concerto. */
public class AccountStatus {

    /** Where the account stands. */
    public enum State {
        NONE,
        INVITED,
        ACTIVE,
        LOCKED,
        DISABLED
    }

    private final State state;
    private final String login;
    private final Instant lockedUntil;
    private final boolean secondFactor;

    public AccountStatus(State state, String login, Instant lockedUntil, boolean secondFactor) {
        this.state = state;
        this.login = login;
        this.lockedUntil = lockedUntil;
        this.secondFactor = secondFactor;
    }

    public State getState() {
        return state;
    }

    public String getLogin() {
        return login;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isSecondFactor() {
        return secondFactor;
    }

    /** An invitation can be sent to someone without an account, and sent again until they used it. */
    public boolean isInvitable() {
        return state == State.NONE || state == State.INVITED;
    }
}
