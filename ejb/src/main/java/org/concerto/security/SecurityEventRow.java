package org.concerto.security;

import java.time.Instant;

/** A line of the security log page (JPQL constructor expression). */
public class SecurityEventRow {

    private final Long id;
    private final Instant occurredAt;
    private final SecurityEventKind kind;
    private final String login;
    private final String remoteAddress;
    private final String detail;

    public SecurityEventRow(
            Long id, Instant occurredAt, SecurityEventKind kind, String login, String remoteAddress, String detail) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.login = login;
        this.remoteAddress = remoteAddress;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public SecurityEventKind getKind() {
        return kind;
    }

    public String getLogin() {
        return login;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public String getDetail() {
        return detail;
    }
}
