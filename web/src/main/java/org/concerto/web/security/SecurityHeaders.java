package org.concerto.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;

/**
 * The headers of every answer. The pages' Content-Security-Policy is written by PrimeFaces in CSP mode
 * (web.xml: primefaces.CSP and primefaces.CSP_POLICY, which ends with script-src 'self' so that PrimeFaces
 * appends the page's nonce there); downloads get the strictest policy here.
 */
public final class SecurityHeaders {

    /** For downloads (PDFs, attachments): nothing in them may run in Concerto's origin. */
    public static final String DOWNLOAD_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    /**
     * For error pages rendered after the response was reset (a refusal, an unknown id): PrimeFaces has
     * already spent its nonce on the failed rendering and writes no policy again, so this one keeps at
     * least framing, plugins, base and form targets closed (it names no scripts, so that a policy
     * PrimeFaces may still add governs them alone). It replaces a download's policy on a refused download.
     */
    static final String ERROR_PAGE_POLICY =
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The servlet paths of the downloads besides /documents/* and /files/*: minutes, personal-data exports and the
     * public files (exact paths: /public/meetings.xhtml is a page and keeps PrimeFaces' policy).
     */
    private static final Set<String> DOWNLOAD_SERVLETS =
            Set.of("/documents", "/files", "/minutes", "/public/minutes", "/public/contributions", "/personal-data");

    /** One year; only sent over HTTPS, where it means something (a browser ignores it over HTTP anyway). */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private SecurityHeaders() {}

    static void applyToErrorPage(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", ERROR_PAGE_POLICY);
        common(request, response);
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        String path = request.getServletPath();
        boolean download =
                path.startsWith("/documents/") || path.startsWith("/files/") || DOWNLOAD_SERVLETS.contains(path);
        if (download) {
            response.setHeader("Content-Security-Policy", DOWNLOAD_POLICY);
        }
        common(request, response);
    }

    private static void common(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        // Links in Concerto carry ids and tokens: other sites learn nothing of them.
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
