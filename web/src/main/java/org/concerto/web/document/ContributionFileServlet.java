package org.concerto.web.document;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.concerto.contribution.ContributionService;
import org.concerto.files.FileContent;
import org.concerto.contribution.PackService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.NotFoundException;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityLog;
import org.concerto.web.security.ClientAddress;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Contributions' files and meeting packs, streamed as attachments:
 * GET /files/contributions/{fileId} (whoever the service lets read that version), /files/packs/{meetingId}
 * (the meeting's invitees and the secretariat), and /public/contributions/{fileId} (anyone, for the public
 * version of a published meeting's contribution). 403 or 404 as the service decides.
 */
@WebServlet(urlPatterns = {"/files/contributions/*", "/files/packs/*", "/public/contributions/*"})
public class ContributionFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern ID = Pattern.compile("/(\\d{1,18})");

    @Inject
    private transient ContributionService contributions;

    @Inject
    private transient PackService packs;

    @Inject
    private transient SecurityLog securityLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = ID.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = Long.parseLong(path.group(1));
        FileContent file;
        try {
            file = switch (request.getServletPath()) {
                case "/files/packs" -> packs.download(id);
                case "/public/contributions" -> contributions.publicDownload(id);
                default -> contributions.download(id);
            };
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (!"/public/contributions".equals(request.getServletPath())) {
            // Contributions may be for the secretariat only, or on a confidential item: who read which is in the security log.
            securityLog.record(SecurityEventKind.DOWNLOAD, request.getRemoteUser(), ClientAddress.of(request),
                    request.getServletPath() + request.getPathInfo() + " " + file.getFileName());
        }
        response.setContentType(file.getContentType());
        response.setContentLengthLong(file.getSize());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // The public files may be cached by the browser; nothing else is kept by any cache.
        response.setHeader("Cache-Control", "/public/contributions".equals(request.getServletPath()) ? "public, max-age=300" : "private, no-store");
        try (InputStream in = file.getStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
