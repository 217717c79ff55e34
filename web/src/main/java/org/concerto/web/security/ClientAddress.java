package org.concerto.web.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address for the security log. Behind a reverse proxy, enable Undertow's
 * proxy-address-forwarding so that this is the real client (never trust X-Forwarded-For here: anyone can send it).
 */
public final class ClientAddress {

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
