package org.concerto.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Role;
import org.concerto.shared.Texts;

/**
 * A login to Concerto: what Elytron checks the password against, and the roles it grants. Usually the
 * account of a person of the directory, whose invitations then decide which meetings they see.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(
        name = "UserAccount.byLogin",
        query = "select a from UserAccount a left join fetch a.person where a.login = :login")
public class UserAccount extends AbstractEntity {

    public static final int LOGIN_LENGTH = 100;
    public static final int MIN_PASSWORD_LENGTH = 12;

    @Column(nullable = false, unique = true, length = LOGIN_LENGTH)
    private String login;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id", unique = true)
    private Person person;

    // Concerto's own lockout: counted here, so that it survives restarts and shows in the
    // security log; the Elytron realm's query refuses an account while locked_until is in the future.
    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    /** The first failure of the current run: failures older than the lock's length no longer count. */
    @Column(name = "failed_since")
    private Instant failedSince;

    /** Null while an invited person has not yet chosen a password: the account cannot be used. */
    @Column(name = "password_set_at")
    private Instant passwordSetAt;

    /** Base32 secret of the second factor, null when none is enrolled. */
    @Column(name = "totp_secret", length = 64)
    private String totpSecret;

    /** The last time step accepted, so that a code is never accepted twice. */
    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @ElementCollection
    @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodeHashes = new java.util.HashSet<>();

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String login, char[] password, Person person, Set<Role> roles) {
        this(login, person, roles);
        changePassword(password);
    }

    private UserAccount(String login, Person person, Set<Role> roles) {
        this.login = normaliseLogin(login);
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("error.required", new FieldName("roles"));
        }
        this.roles = EnumSet.copyOf(roles);
        this.person = person;
        this.enabled = true;
        // Whoever creates an account with a password knows it (the demo, an administrator's script).
        this.passwordSetAt = Instant.now();
    }

    /**
     * An account with the same password as {@code other}, whose hash (salt included) is copied rather than computed
     * again: a bcrypt hash costs a quarter of a second. For accounts that share a password everyone knows, the
     * demo's personas (and the test worlds'); anyone's own password gets its own salt from the constructor.
     */
    public static UserAccount withPasswordOf(UserAccount other, String login, Person person, Set<Role> roles) {
        UserAccount account = new UserAccount(login, person, roles);
        account.passwordHash = other.passwordHash;
        return account;
    }

    public static String normaliseLogin(String login) {
        return Texts.required(login, "login", LOGIN_LENGTH).toLowerCase(Locale.ROOT);
    }

    /** Sets a new password; too short ones are refused before anything is hashed. */
    public final void changePassword(char[] password) {
        if (password == null || password.length < MIN_PASSWORD_LENGTH) {
            throw new BusinessException("error.password.tooShort", MIN_PASSWORD_LENGTH);
        }
        this.passwordHash = PasswordHasher.hash(password);
    }

    /**
     * An account made for an invited person: usable only once they chose a password through their link.
     * The random password nobody knows keeps the column filled and the realm's check meaningful.
     */
    public static UserAccount invited(String login, Person person, Set<Role> roles) {
        UserAccount account = new UserAccount(login, Tokens.newToken().toCharArray(), person, roles);
        account.passwordSetAt = null;
        return account;
    }

    /** A password the person chose themselves (through an invitation or reset link): also lifts a lockout. */
    public void choosePassword(char[] password, Instant now) {
        changePassword(password);
        this.passwordSetAt = now;
        this.failedLogins = 0;
        this.failedSince = null;
        this.lockedUntil = null;
    }

    /**
     * One more failed login; locks the account for {@code lockFor} once {@code maxFailures} failures fell
     * within {@code lockFor} of the first one (a run older than that starts again at this failure).
     */
    public boolean loginFailed(Instant now, int maxFailures, Duration lockFor) {
        if (isLocked(now)) {
            return false;
        }
        if (failedSince == null || !now.isBefore(failedSince.plus(lockFor))) {
            failedLogins = 0;
            failedSince = now;
        }
        failedLogins++;
        if (failedLogins >= maxFailures) {
            lockedUntil = now.plus(lockFor);
            failedLogins = 0;
            failedSince = null;
            return true;
        }
        return false;
    }

    public void loginSucceeded() {
        failedLogins = 0;
        failedSince = null;
        lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean isActivated() {
        return passwordSetAt != null;
    }

    /** Enrols the second factor with a secret the person proved they hold; replaces the recovery codes. */
    public void enrolSecondFactor(String base32Secret, long acceptedStep, Set<String> recoveryHashes) {
        this.totpSecret = base32Secret;
        this.totpLastStep = acceptedStep;
        this.recoveryCodeHashes.clear();
        this.recoveryCodeHashes.addAll(recoveryHashes);
    }

    public void removeSecondFactor() {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.recoveryCodeHashes.clear();
    }

    /** Accepts a code of a time step later than the last one accepted (no replay). */
    public boolean acceptTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** Uses up a recovery code: true once, false ever after. */
    public boolean useRecoveryCode(String codeHash) {
        return recoveryCodeHashes.remove(codeHash);
    }

    public boolean hasSecondFactor() {
        return totpSecret != null;
    }

    public String getTotpSecret() {
        return totpSecret;
    }

    public int getRecoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public String getLogin() {
        return login;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Set<Role> getRoles() {
        return Collections.unmodifiableSet(roles);
    }

    public Person getPerson() {
        return person;
    }
}
