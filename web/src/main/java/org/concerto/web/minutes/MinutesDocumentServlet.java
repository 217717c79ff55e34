package org.concerto.web.minutes;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.concerto.minutes.MinutesService;
import org.concerto.minutes.PublicMinutesService;
import org.concerto.pdf.PdfFile;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.web.document.ContentDisposition;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityLog;
import org.concerto.web.security.ClientAddress;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /minutes/{meetingId}.pdf (invitees and the secretariat, as {@link MinutesService#pdf} decides) and
 * GET /public/minutes/{meetingId}.pdf (anyone, published minutes only).
 */
@WebServlet({"/minutes/*", "/public/minutes/*"})
public class MinutesDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.pdf");

    @Inject
    private transient MinutesService minutes;

    @Inject
    private transient PublicMinutesService published;

    @Inject
    private transient SecurityLog securityLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long meetingId = Long.parseLong(path.group(1));
        boolean open = request.getServletPath().startsWith("/public");
        PdfFile file;
        try {
            file = open ? published.publicPdf(meetingId) : minutes.pdf(meetingId);
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException e) {
            // Not found, or minutes not started: nothing to download.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!open) {
            // Drafts and the full minutes name people and hold confidential items: who took which is in the security log.
            securityLog.record(SecurityEventKind.DOWNLOAD, request.getRemoteUser(), ClientAddress.of(request),
                    request.getServletPath() + request.getPathInfo() + " " + file.getFileName());
        }
        byte[] content = file.getContent();
        response.setContentType(file.getContentType());
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Drafts and full minutes name people: no shared cache keeps them. The public version may be cached.
        response.setHeader("Cache-Control", open ? "public, max-age=300" : "private, no-store");
        response.getOutputStream().write(content);
    }
}
