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
import org.concerto.security.LoginFailure;

/**
 * A refused password: Elytron's form login forwards the same request (with the typed login) to the form's
 * error page, login.xhtml?failed=true. Here the failure is counted against the client address and the account
 * (AccountService.loginFailed) and the answer slows down as the address's failures add up (0.25 s, 0.5 s, 1 s,
 * 2 s, then 4 s at most by default), the same for a known and an unknown login. Once the address is refused, the
 * answer is the login page saying so, as for a right password from that address (SecurityFilter).
 */
@WebFilter(urlPatterns = "/login.xhtml", dispatcherTypes = DispatcherType.FORWARD)
public class LoginFailureFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(LoginFailureFilter.class.getName());

    /** Where a login from a refused address ends, whether its password was right or wrong. */
    static final String REFUSED_PAGE = "/login.xhtml?refused=true";

    @Inject
    private transient AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String login = request.getParameter("j_username");
        if (login != null && "true".equals(request.getParameter("failed"))) {
            LoginFailure failure = accounts.loginFailed(login, ClientAddress.of(request));
            pause(failure.getDelayMillis());
            if (failure.isAddressRefused()) {
                response.sendRedirect(request.getContextPath() + REFUSED_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
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
