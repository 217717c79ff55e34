package org.concerto.security;

/** What the password page shows about a valid link: whose account, and whether it is a first password. */
public class LinkView {

    private final String login;
    private final TokenPurpose purpose;

    public LinkView(String login, TokenPurpose purpose) {
        this.login = login;
        this.purpose = purpose;
    }

    public String getLogin() {
        return login;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public boolean isInvitation() {
        return purpose == TokenPurpose.INVITATION;
    }
}
