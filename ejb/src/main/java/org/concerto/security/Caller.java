package org.concerto.security;

import java.util.Set;
import org.concerto.participant.Language;
import org.concerto.shared.Role;

/**
 * Who is calling a service: their login, their roles and the person of the directory behind the
 * account (null for a technical account), read once per call from the authenticated principal.
 */
public final class Caller {

    private final String login;
    private final Long personId;
    private final String displayName;
    private final Language language;
    private final Set<Role> roles;

    public Caller(String login, Long personId, String displayName, Language language, Set<Role> roles) {
        this.login = login;
        this.personId = personId;
        this.displayName = displayName;
        this.language = language;
        this.roles = Set.copyOf(roles);
    }

    public boolean isSecretariat() {
        return roles.contains(Role.SECRETARIAT);
    }

    public String getLogin() {
        return login;
    }

    public Long getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Language getLanguage() {
        return language;
    }

    public Set<Role> getRoles() {
        return roles;
    }
}
