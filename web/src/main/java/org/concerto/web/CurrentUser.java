package org.concerto.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Logger;
import org.concerto.security.Caller;
import org.concerto.security.CallerService;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityLog;
import org.concerto.web.security.ClientAddress;
import org.concerto.web.security.SecurityFilter;

/** The person using the page, as the header and the pages need them; read once per request. */
@Named
@RequestScoped
public class CurrentUser {

    private static final Logger LOG = Logger.getLogger(CurrentUser.class.getName());

    @Inject
    private ExternalContext externalContext;

    @Inject
    private CallerService callers;

    @Inject
    private SecurityLog securityLog;

    private Caller caller;

    public boolean isLoggedIn() {
        return externalContext.getUserPrincipal() != null;
    }

    public Caller getCaller() {
        if (caller == null && isLoggedIn()) {
            caller = callers.current();
        }
        return caller;
    }

    /** Logged in with the password, the second factor still to give (accounts): the header shows no navigation. */
    public boolean isSecondFactorPending() {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        return request.getSession(false) != null
                && SecurityFilter.PENDING.equals(request.getSession(false).getAttribute(SecurityFilter.LOGIN_STATE));
    }

    public boolean isSecretariat() {
        return isLoggedIn() && getCaller().isSecretariat();
    }

    public String getDisplayName() {
        return isLoggedIn() ? getCaller().getDisplayName() : null;
    }

    /** Ends the session on the server and sends the browser back to the login page. */
    public void logout() throws IOException {
        HttpServletRequest request = (HttpServletRequest) externalContext.getRequest();
        String login = request.getRemoteUser();
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.warning(() -> "Logout of " + login + " failed: " + e.getMessage());
        }
        externalContext.invalidateSession();
        LOG.info(() -> "Logout: " + login);
        securityLog.record(SecurityEventKind.LOGOUT, login, ClientAddress.of(request), null);
        externalContext.redirect(externalContext.getRequestContextPath() + "/login.xhtml?loggedOut=true");
    }
}
