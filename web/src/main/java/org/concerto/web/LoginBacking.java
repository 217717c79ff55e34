package org.concerto.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;

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
}
