package org.concerto.action;

import java.util.Objects;

/** Who makes a change, as the history keeps it: the login and the name shown to people. */
public final class Actor {

    private final String login;
    private final String name;

    public Actor(String login, String name) {
        this.login = Objects.requireNonNull(login);
        this.name = name == null ? login : name;
    }

    public String login() {
        return login;
    }

    public String name() {
        return name;
    }
}
