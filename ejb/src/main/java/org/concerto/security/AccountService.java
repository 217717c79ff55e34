package org.concerto.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.concerto.mail.Outbox;
import org.concerto.participant.Person;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Entities;
import org.concerto.shared.Role;

/**
 * Accounts: the secretariat invites a person, who chooses a password through a one-time link; anyone
 * can ask for a reset link (the answer never says whether the address is known); failed logins are
 * counted and lock the account for a while; the optional second factor (TOTP) is enrolled and checked.
 */
@Stateless
public class AccountService {

    /** Reset links one account may receive per hour: enough for a lost mail, too few to flood an inbox. */
    static final int RESETS_PER_HOUR = 3;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Outbox outbox;

    @Inject
    private SecurityLog securityLog;

    @Inject
    private LoginThrottle throttle;

    @Resource
    private SessionContext context;

    // ---- The secretariat invites ---------------------------------------------------------------------

    @RolesAllowed(Role.Names.SECRETARIAT)
    public AccountStatus status(long personId) {
        Person person = person(personId);
        return accountOf(person)
                .map(a -> new AccountStatus(state(a), a.getLogin(), a.getLockedUntil(), a.hasSecondFactor()))
                .orElse(new AccountStatus(AccountStatus.State.NONE, person.getEmail(), null, false));
    }

    /**
     * Invites the person: makes their account (login = their e-mail address) if they have none and mails a
     * link to choose their password; a new invitation replaces the previous link.
     */
    @RolesAllowed(Role.Names.SECRETARIAT)
    public void invite(long personId, Role role) {
        Person person = person(personId);
        Instant now = clock.instant();
        UserAccount account = accountOf(person).orElse(null);
        if (account == null) {
            String login = person.getEmail().toLowerCase(Locale.ROOT);
            if (login.length() > UserAccount.LOGIN_LENGTH || loginTaken(login)) {
                throw new BusinessException("error.account.loginTaken", login);
            }
            account = UserAccount.invited(login, person, EnumSet.of(role == null ? Role.PARTICIPANT : role));
            em.persist(account);
        } else if (account.isActivated()) {
            throw new BusinessException("error.account.alreadyActive");
        }
        String token = issue(account, TokenPurpose.INVITATION, now);
        outbox.enqueue(AccountMails.write(
                TokenPurpose.INVITATION,
                person,
                account.getLogin(),
                token,
                now.plus(TokenPurpose.INVITATION.validity())));
        securityLog.record(SecurityEventKind.ACCOUNT_INVITED, account.getLogin(), null, "by " + callerLogin());
    }

    // ---- Links: reset and choosing a password (anonymous) --------------------------------------------

    /**
     * Mails a reset link when the address (or login) belongs to an active account; does nothing visible
     * otherwise, so that the page answers the same whatever was typed.
     */
    @PermitAll
    public void requestReset(String emailOrLogin, String remoteAddress) {
        if (emailOrLogin == null || emailOrLogin.isBlank() || emailOrLogin.length() > 254) {
            return;
        }
        String typed = emailOrLogin.trim().toLowerCase(Locale.ROOT);
        Optional<UserAccount> found = em.createQuery(
                        "select a from UserAccount a left join a.person p "
                                + "where a.login = :typed or lower(p.email) = :typed",
                        UserAccount.class)
                .setParameter("typed", typed)
                .getResultStream()
                .findFirst();
        securityLog.record(
                SecurityEventKind.PASSWORD_RESET_REQUESTED, typed, remoteAddress, found.isPresent() ? null : "unknown");
        if (found.isEmpty() || !found.get().isEnabled()) {
            return;
        }
        UserAccount account = found.get();
        Instant now = clock.instant();
        long recent = em.createQuery(
                        "select count(t) from AccountToken t where t.account = :account and t.purpose = :purpose "
                                + "and t.createdAt > :since",
                        Long.class)
                .setParameter("account", account)
                .setParameter("purpose", TokenPurpose.RESET)
                .setParameter("since", now.minus(Duration.ofHours(1)))
                .getSingleResult();
        if (recent >= RESETS_PER_HOUR) {
            return;
        }
        String token = issue(account, TokenPurpose.RESET, now);
        outbox.enqueue(AccountMails.write(
                TokenPurpose.RESET,
                account.getPerson(),
                account.getLogin(),
                token,
                now.plus(TokenPurpose.RESET.validity())));
    }

    /** The link's account, or {@code error.account.linkInvalid} for an unknown, used or expired one. */
    @PermitAll
    public LinkView link(String token) {
        AccountToken link = usableLink(token);
        return new LinkView(link.getAccount().getLogin(), link.getPurpose());
    }

    /** Sets the password chosen through the link, which is spent; lifts a lockout. */
    @PermitAll
    public void choosePassword(String token, char[] password, String remoteAddress) {
        AccountToken link = usableLink(token);
        UserAccount account = link.getAccount();
        Person person = account.getPerson();
        PasswordPolicy.check(password, account.getLogin(), person == null ? null : person.getEmail());
        Instant now = clock.instant();
        link.use(now);
        account.choosePassword(password, now);
        // Other open links of this account die with this one: one password, one valid link at most.
        em.createNamedQuery("AccountToken.openOf", AccountToken.class)
                .setParameter("account", account)
                .getResultStream()
                .forEach(t -> t.revoke(now));
        securityLog.record(
                SecurityEventKind.PASSWORD_CHANGED,
                account.getLogin(),
                remoteAddress,
                link.getPurpose().name());
    }

    private AccountToken usableLink(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            throw new BusinessException("error.account.linkInvalid");
        }
        return em.createNamedQuery("AccountToken.byHash", AccountToken.class)
                .setParameter("hash", Tokens.hash(token))
                .getResultStream()
                .findFirst()
                .filter(t -> t.isUsable(clock.instant()) && t.getAccount().isEnabled())
                .orElseThrow(() -> new BusinessException("error.account.linkInvalid"));
    }

    private String issue(UserAccount account, TokenPurpose purpose, Instant now) {
        em.createNamedQuery("AccountToken.openOf", AccountToken.class)
                .setParameter("account", account)
                .getResultStream()
                .filter(t -> t.getPurpose() == purpose)
                .forEach(t -> t.revoke(now));
        String token = Tokens.newToken();
        em.persist(new AccountToken(account, purpose, token, now));
        return token;
    }

    // ---- Logins (called by the web layer around the container's form login) --------------------------

    /**
     * Counts a failed login, against the client address and against the typed login's account (which locks once
     * too many failed within the lock's length). The pause it returns depends on the address's failures only, so
     * that a known and an unknown login answer alike. While the address is refused nothing more is counted: a
     * refused address cannot go on to lock an account.
     */
    @PermitAll
    public LoginFailure loginFailed(String login, String remoteAddress) {
        String typed = login == null ? "" : login.trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        long longest = AccountSettings.delayAfter(Integer.MAX_VALUE);
        if (throttle.refused(remoteAddress, now)) {
            securityLog.record(SecurityEventKind.LOGIN_FAILED, typed, remoteAddress, "address refused");
            return new LoginFailure(longest, true);
        }
        int fromAddress = throttle.failed(remoteAddress, now);
        boolean refusedNow = throttle.refused(remoteAddress, now);
        Optional<UserAccount> account = typed.isEmpty() || typed.length() > UserAccount.LOGIN_LENGTH
                ? Optional.empty()
                : em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                        .setParameter("login", typed)
                        .getResultStream()
                        .findFirst();
        if (account.isEmpty()) {
            securityLog.record(SecurityEventKind.LOGIN_FAILED, typed, remoteAddress, "unknown");
        } else {
            UserAccount found = account.get();
            boolean wasLocked = found.isLocked(now);
            securityLog.record(SecurityEventKind.LOGIN_FAILED, typed, remoteAddress, wasLocked ? "locked" : null);
            countFailure(found, remoteAddress, now);
        }
        if (refusedNow) {
            securityLog.record(
                    SecurityEventKind.ADDRESS_REFUSED,
                    typed,
                    remoteAddress,
                    "until "
                            + throttle.refusedUntil(remoteAddress, now)
                                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        return new LoginFailure(refusedNow ? longest : AccountSettings.delayAfter(fromAddress), refusedNow);
    }

    /**
     * The container accepted the password: the count of failures starts again. Returns false, and changes
     * nothing, when the client address is refused: the web layer then ends the session, so that the right
     * password answers like a wrong one.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public boolean loginSucceeded(String remoteAddress) {
        UserAccount account = callerAccount();
        if (throttle.refused(remoteAddress, clock.instant())) {
            securityLog.record(SecurityEventKind.LOGIN_FAILED, account.getLogin(), remoteAddress, "address refused");
            return false;
        }
        account.loginSucceeded();
        securityLog.record(SecurityEventKind.LOGIN, account.getLogin(), remoteAddress, null);
        return true;
    }

    // ---- Second factor -------------------------------------------------------------------------------

    /** Whether the caller must give a code before using Concerto: they enrolled, or their role demands it. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public boolean secondFactorRequired() {
        UserAccount account = callerAccount();
        return account.hasSecondFactor()
                || (AccountSettings.secondFactorRequiredForSecretariat() && account.hasRole(Role.SECRETARIAT));
    }

    /** Whether the caller's role obliges them to have a second factor (so they may not remove it). */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public boolean secondFactorMandatory() {
        return AccountSettings.secondFactorRequiredForSecretariat()
                && callerAccount().hasRole(Role.SECRETARIAT);
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public boolean hasSecondFactor() {
        return callerAccount().hasSecondFactor();
    }

    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public int recoveryCodesLeft() {
        return callerAccount().getRecoveryCodesLeft();
    }

    /** A new secret to show as a QR code; nothing is stored until a code proves the app holds it. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public Enrolment startEnrolment() {
        String secret = Totp.newSecret();
        return new Enrolment(secret, Totp.uri(secret, callerAccount().getLogin()));
    }

    /** Enrols the secret once the code from the app matches; returns the recovery codes, shown once. */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public List<String> enrol(Enrolment enrolment, String code, String remoteAddress) {
        UserAccount account = callerAccount();
        OptionalLong step = new Totp(clock).verify(enrolment.getSecret(), code);
        if (step.isEmpty()) {
            throw new BusinessException("error.totp.wrongCode");
        }
        List<String> codes = new ArrayList<>();
        Set<String> hashes = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            String recovery = Tokens.newRecoveryCode();
            codes.add(recovery);
            hashes.add(Tokens.hash(recovery));
        }
        account.enrolSecondFactor(enrolment.getSecret(), step.getAsLong(), hashes);
        securityLog.record(SecurityEventKind.SECOND_FACTOR_ENROLLED, account.getLogin(), remoteAddress, null);
        return codes;
    }

    /**
     * Removes the caller's second factor, unless their role requires one, once they proved they are its owner with a
     * current code of their app or their password (an open session alone is not enough: it may be someone else's
     * screen). A wrong proof changes nothing, counts as a failed login (same lockout) and returns false.
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public boolean removeSecondFactor(String codeOrPassword, String remoteAddress) {
        UserAccount account = callerAccount();
        if (AccountSettings.secondFactorRequiredForSecretariat() && account.hasRole(Role.SECRETARIAT)) {
            throw new BusinessException("error.totp.required");
        }
        if (!account.hasSecondFactor()) {
            return true;
        }
        if (!ownerProof(account, codeOrPassword)) {
            Instant now = clock.instant();
            securityLog.record(
                    SecurityEventKind.SECOND_FACTOR_FAILED, account.getLogin(), remoteAddress, "removal refused");
            countFailure(account, remoteAddress, now);
            return false;
        }
        account.removeSecondFactor();
        securityLog.record(SecurityEventKind.SECOND_FACTOR_REMOVED, account.getLogin(), remoteAddress, null);
        return true;
    }

    /** A current TOTP code never used before, or the account's password. */
    private boolean ownerProof(UserAccount account, String codeOrPassword) {
        if (codeOrPassword == null || codeOrPassword.isEmpty() || codeOrPassword.length() > 128) {
            return false;
        }
        String trimmed = codeOrPassword.trim();
        if (trimmed.matches("\\d{6}")) {
            OptionalLong step = new Totp(clock).verify(account.getTotpSecret(), trimmed);
            if (step.isPresent() && account.acceptTotpStep(step.getAsLong())) {
                return true;
            }
        }
        return PasswordHasher.matches(codeOrPassword.toCharArray(), account.getPasswordHash());
    }

    /**
     * Checks the code after the password: a current TOTP code (never the same step twice) or an unused
     * recovery code. A wrong code counts as a failed login (same lockout).
     */
    @RolesAllowed({Role.Names.SECRETARIAT, Role.Names.PARTICIPANT})
    public boolean verifySecondFactor(String code, String remoteAddress) {
        UserAccount account = callerAccount();
        Instant now = clock.instant();
        if (account.isLocked(now) || !account.hasSecondFactor() || code == null) {
            return false;
        }
        String typed = code.trim().toLowerCase(Locale.ROOT);
        OptionalLong step = new Totp(clock).verify(account.getTotpSecret(), typed);
        if (step.isPresent() && account.acceptTotpStep(step.getAsLong())) {
            return true;
        }
        if (typed.length() == 11 && account.useRecoveryCode(Tokens.hash(typed))) {
            securityLog.record(
                    SecurityEventKind.RECOVERY_CODE_USED,
                    account.getLogin(),
                    remoteAddress,
                    account.getRecoveryCodesLeft() + " left");
            return true;
        }
        securityLog.record(SecurityEventKind.SECOND_FACTOR_FAILED, account.getLogin(), remoteAddress, null);
        countFailure(account, remoteAddress, now);
        return false;
    }

    /** One more failure against the account (a password or a second factor): locks it, and says so, when too many. */
    private void countFailure(UserAccount account, String remoteAddress, Instant now) {
        if (account.loginFailed(now, AccountSettings.maxFailures(), AccountSettings.lockDuration())) {
            securityLog.record(
                    SecurityEventKind.LOCKED_OUT,
                    account.getLogin(),
                    remoteAddress,
                    "until " + account.getLockedUntil().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------

    private UserAccount callerAccount() {
        return em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                .setParameter("login", callerLogin())
                .getResultStream()
                .findFirst()
                .orElseThrow(AccessDeniedException::new);
    }

    private String callerLogin() {
        return context.getCallerPrincipal() == null
                ? null
                : context.getCallerPrincipal().getName();
    }

    private Person person(long personId) {
        return Entities.require(em, Person.class, personId);
    }

    private Optional<UserAccount> accountOf(Person person) {
        return em.createQuery("select a from UserAccount a where a.person = :person", UserAccount.class)
                .setParameter("person", person)
                .getResultStream()
                .findFirst();
    }

    private boolean loginTaken(String login) {
        return em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                .setParameter("login", login)
                .getResultStream()
                .findAny()
                .isPresent();
    }

    private AccountStatus.State state(UserAccount account) {
        if (!account.isEnabled()) {
            return AccountStatus.State.DISABLED;
        }
        if (account.isLocked(clock.instant())) {
            return AccountStatus.State.LOCKED;
        }
        return account.isActivated() ? AccountStatus.State.ACTIVE : AccountStatus.State.INVITED;
    }
}
