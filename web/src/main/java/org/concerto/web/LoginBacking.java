package org.concerto.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.concerto.security.AccountSettings;

/**
 * The login page posts straight to the container (j_security_check), so that Elytron checks the
 * password and issues a new session id; this bean only sends people who are already logged in home.
 */
@Named
@RequestScoped
public class LoginBacking {

    @Inject
    private ExternalContext externalContext;

    public void redirectIfLoggedIn() throws IOException {
        if (externalContext.getUserPrincipal() != null) {
            externalContext.redirect(externalContext.getRequestContextPath() + "/index.xhtml");
        }
    }

    /** How long an account stays locked at most, in minutes (for the hint under a refused login). */
    public long getLockMinutes() {
        return AccountSettings.lockDuration().toMinutes();
    }

    /** How long an address with too many failures is refused, in minutes. */
    public long getAddressRefusedMinutes() {
        return AccountSettings.addressBlockDuration().toMinutes();
    }
}
