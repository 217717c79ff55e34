package org.concerto.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited transaction: when it happened and who did it. Every row of an audit table points to one.
 * Written by Envers, never edited.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {

    public static final int LOGIN_LENGTH = 100;

    /** Logged when no user is behind the change (the scheduled purge, start-up). */
    public static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "concerto_seq")
    @SequenceGenerator(name = "concerto_seq", sequenceName = "concerto_seq", allocationSize = 50)
    @RevisionNumber
    private long id;

    // Epoch milliseconds: the type every Envers version accepts for the revision time.
    @RevisionTimestamp
    @Column(name = "changed_at", nullable = false)
    private long changedAt;

    @Column(nullable = false, length = LOGIN_LENGTH)
    private String login;

    public long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return Instant.ofEpochMilli(changedAt);
    }

    public String getLogin() {
        return login;
    }

    void changedBy(String login) {
        this.login = login;
    }
}
