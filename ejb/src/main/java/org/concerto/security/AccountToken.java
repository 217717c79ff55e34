package org.concerto.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;

/**
 * A one-time link to choose a password. Only the hash of its token is stored; it is valid until it
 * expires, is used, or a newer link of the same purpose replaces it.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(
        name = "AccountToken.byHash",
        query = "select t from AccountToken t join fetch t.account where t.tokenHash = :hash")
@NamedQuery(
        name = "AccountToken.openOf",
        query = "select t from AccountToken t where t.account = :account and t.usedAt is null")
public class AccountToken extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountToken() {
        // for JPA
    }

    /** A link for the account; the caller sends {@code token} and forgets it. */
    public AccountToken(UserAccount account, TokenPurpose purpose, String token, Instant now) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = Tokens.hash(token);
        this.createdAt = now;
        this.expiresAt = now.plus(purpose.validity());
    }

    public boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the link; an expired or used one is refused with the same words (nothing to learn from it). */
    public void use(Instant now) {
        if (!isUsable(now)) {
            throw new BusinessException("error.account.linkInvalid");
        }
        this.usedAt = now;
    }

    /** A newer link replaces this one. */
    public void revoke(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public UserAccount getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
