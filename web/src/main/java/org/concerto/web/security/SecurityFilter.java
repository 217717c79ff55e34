package org.concerto.web.security;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.concerto.security.AccountService;
import org.concerto.shared.AccessDeniedException;

/**
 * Every request: the security headers, then, for a logged-in user, the step after the password.
 *
 * <p>The login is the container's FORM login (j_security_check), which Concerto cannot extend with a
 * second field. So the first request of a freshly authenticated session is recorded as the login, and
 * if the account has a second factor (or its role requires one) the session is marked pending: until the
 * code is verified on /account/second-factor.xhtml, every other page, form post, ajax call and download
 * is turned back to that page. The services themselves need nothing more: a pending session never reaches them.
 */
@WebFilter(
        urlPatterns = "/*",
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Session attribute: absent before the first authenticated request, then PENDING or VERIFIED. */
    public static final String LOGIN_STATE = "concerto.login";

    public static final String PENDING = "pending";
    public static final String VERIFIED = "verified";

    static final String SECOND_FACTOR_PAGE = "/account/second-factor.xhtml";

    @Inject
    private transient AccountService accounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.ERROR) {
            // The error page after a reset response: the headers again, and a policy fit for a page.
            SecurityHeaders.applyToErrorPage(request, response);
            chain.doFilter(request, response);
            return;
        }
        SecurityHeaders.apply(request, response);
        if (request.getRemoteUser() != null) {
            HttpSession session = request.getSession();
            Object state = session.getAttribute(LOGIN_STATE);
            if (state == null) {
                try {
                    if (!accounts.loginSucceeded(ClientAddress.of(request))) {
                        // Too many failures from this address: a right password answers like a wrong one.
                        request.logout();
                        HttpSession ended = request.getSession(false);
                        if (ended != null) {
                            ended.invalidate();
                        }
                        sendTo(request, response, request.getContextPath() + LoginFailureFilter.REFUSED_PAGE);
                        return;
                    }
                    state = accounts.secondFactorRequired() ? PENDING : VERIFIED;
                } catch (AccessDeniedException | EJBAccessException e) {
                    // Authenticated by the container but no Concerto account (single sign-on): nothing to see.
                    response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    return;
                }
                session.setAttribute(LOGIN_STATE, state);
            }
            if (PENDING.equals(state) && !mayPassWhilePending(request.getServletPath())) {
                sendTo(request, response, request.getContextPath() + SECOND_FACTOR_PAGE);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** The second step itself, what its page needs to render, and the error pages. */
    private static boolean mayPassWhilePending(String path) {
        return path.equals(SECOND_FACTOR_PAGE)
                || path.startsWith("/jakarta.faces.resource")
                || path.startsWith("/resources/")
                || path.startsWith("/errors/")
                || path.equals("/login.xhtml");
    }

    /** A redirect a browser follows, also from inside a Faces ajax request (which wants it as XML). */
    static void sendTo(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                            + url.replace("&", "&amp;").replace("\"", "&quot;") + "\"></redirect></partial-response>");
        } else {
            response.sendRedirect(url);
        }
    }
}
