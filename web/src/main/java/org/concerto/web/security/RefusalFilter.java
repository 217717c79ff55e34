package org.concerto.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityLog;

/**
 * Every 403 ends on the 403 page: a role the container refused (web.xml), a download or a page the
 * services refused. Each is written once to the security log, with the address that was asked for.
 */
@WebFilter(urlPatterns = "/errors/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class RefusalFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Request attribute set by whoever already logged the refusal (ConcertoExceptionHandler). */
    public static final String LOGGED = "concerto.refusalLogged";

    @Inject
    private transient SecurityLog securityLog;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(LOGGED) == null) {
            request.setAttribute(LOGGED, Boolean.TRUE);
            Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
            securityLog.record(
                    SecurityEventKind.ACCESS_REFUSED,
                    request.getRemoteUser(),
                    ClientAddress.of(request),
                    uri == null ? null : uri.toString());
        }
        chain.doFilter(request, response);
    }
}
