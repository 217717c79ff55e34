package org.concerto.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the security log: written once, never changed (so no version, unlike edited entities). */
@Entity
@Table(name = "security_event")
public class SecurityEvent {

    static final int LOGIN_LENGTH = 254;
    static final int DETAIL_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concerto_seq")
    @SequenceGenerator(name = "concerto_seq", sequenceName = "concerto_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SecurityEventKind kind;

    @Column(length = LOGIN_LENGTH)
    private String login;

    @Column(name = "remote_address", length = 64)
    private String remoteAddress;

    @Column(length = DETAIL_LENGTH)
    private String detail;

    protected SecurityEvent() {
        // for JPA
    }

    SecurityEvent(Instant occurredAt, SecurityEventKind kind, String login, String remoteAddress, String detail) {
        this.occurredAt = occurredAt;
        this.kind = kind;
        this.login = cut(login, LOGIN_LENGTH);
        this.remoteAddress = cut(remoteAddress, 64);
        this.detail = cut(detail, DETAIL_LENGTH);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
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
