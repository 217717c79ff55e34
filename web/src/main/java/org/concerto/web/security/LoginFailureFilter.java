package org.concerto.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import org.concerto.security.AccountService;

/**
 * A refused password: Elytron's form login forwards the same request (with the typed login) to the form's
 * error page, login.xhtml?failed=true. Here the failure is counted against the account (which locks
 * after CONCERTO_LOGIN_MAX_FAILURES in a row) and the answer slows down as failures add up: 0.25 s,
 * 0.5 s, 1 s, 2 s, then 4 s at most.
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class LoginFailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(LoginFailureFilter.class.getName());

    static final long MAX_DELAY_MILLIS = 4_000;

    @Inject
    private transient AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String login = request.getParameter("j_username");
        if (login != null && "true".equals(request.getParameter("failed"))) {
            int failures = accounts.loginFailed(login, ClientAddress.of(request));
            pause(delayAfter(failures));
        }
        chain.doFilter(request, response);
    }

    static long delayAfter(int failures) {
        return Math.min(MAX_DELAY_MILLIS, 250L << Math.min(Math.max(failures - 1, 0), 10));
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            LOG.fine("Login delay interrupted");
            Thread.currentThread().interrupt();
        }
    }
}
