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
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Texts;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A login to Concerto: what Elytron checks the password against, and the roles it grants. Usually the
 * account of a person of the directory, whose invitations then decide which meetings they see.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.byLogin", query = "select a from UserAccount a left join fetch a.person where a.login = :login")
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

    protected UserAccount() {
        // for JPA
    }

    public UserAccount(String login, char[] password, Person person, Set<Role> roles) {
        this.login = normaliseLogin(login);
        if (roles == null || roles.isEmpty()) {
            throw new BusinessException("error.required", new FieldName("roles"));
        }
        this.roles = EnumSet.copyOf(roles);
        this.person = person;
        this.enabled = true;
        changePassword(password);
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
