package org.concerto.security;

import java.io.Serializable;

/** A second factor being set up: the secret shown as a QR code, kept by the page until a code proves it. */
public class Enrolment implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String secret;
    private final String uri;

    public Enrolment(String secret, String uri) {
        this.secret = secret;
        this.uri = uri;
    }

    public String getSecret() {
        return secret;
    }

    public String getUri() {
        return uri;
    }

    /** The secret in groups of four, for typing it by hand. */
    public String getGroupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
