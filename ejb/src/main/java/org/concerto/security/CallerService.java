package org.concerto.security;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.concerto.participant.Language;
import org.concerto.participant.Person;
import org.concerto.shared.AccessDeniedException;

/**
 * Resolves the authenticated principal to a {@link Caller}. Other services call it inside their own
 * transaction; the security identity travels with the call.
 */
@Stateless
@PermitAll
public class CallerService {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /** The caller, or {@link AccessDeniedException} for an anonymous or unknown principal. */
    public Caller current() {
        String login = context.getCallerPrincipal() == null
                ? null
                : context.getCallerPrincipal().getName();
        if (login == null || "anonymous".equals(login)) {
            throw new AccessDeniedException();
        }
        UserAccount account = em.createNamedQuery("UserAccount.byLogin", UserAccount.class)
                .setParameter("login", login)
                .getResultStream()
                .findFirst()
                .filter(UserAccount::isEnabled)
                .orElseThrow(AccessDeniedException::new);
        Person person = account.getPerson();
        return new Caller(
                account.getLogin(),
                person == null ? null : person.getId(),
                person == null ? account.getLogin() : person.getDisplayName(),
                person == null ? Language.FR : person.getPreferredLanguage(),
                account.getRoles());
    }
}
