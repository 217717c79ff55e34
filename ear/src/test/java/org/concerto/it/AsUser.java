package org.concerto.it;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/** Runs code as a user who logged in with a password through Concerto's own Elytron domain. */
public final class AsUser {

    private AsUser() {}

    public static <T> T call(String login, String password, Callable<T> action) throws Exception {
        return call(login(login, password), action);
    }

    public static <T> T call(SecurityIdentity identity, Callable<T> action) throws Exception {
        return identity.runAs(action);
    }

    /** {@link #call} with the fixtures' password, for helpers that cannot throw checked exceptions. */
    public static <T> T callUnchecked(String login, Callable<T> action) {
        try {
            return call(login, Fixtures.PASSWORD, action);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static SecurityIdentity login(String login, String password) throws RealmUnavailableException {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            throw new IllegalStateException("No Elytron security domain is associated with the test deployment");
        }
        return domain.authenticate(login, new PasswordGuessEvidence(password.toCharArray()));
    }
}
