package org.concerto.web.document;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.concerto.action.ActionService;
import org.concerto.files.FileContent;
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
 * GET /files/actions/{id}: an action's evidence file, streamed as an attachment to whoever may read the
 * action; 403 or 404 otherwise (web.xml already demands a login).
 */
@WebServlet("/files/actions/*")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})");

    @Inject
    private transient ActionService actions;

    @Inject
    private transient SecurityLog securityLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        FileContent file;
        try {
            file = actions.evidence(Long.parseLong(path.group(1)));
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Evidence is read by the action's meeting only: who downloaded which is in the security log.
        securityLog.record(SecurityEventKind.DOWNLOAD, request.getRemoteUser(), ClientAddress.of(request),
                request.getServletPath() + request.getPathInfo() + " " + file.getFileName());
        response.setContentType(file.getContentType());
        response.setContentLengthLong(file.getSize());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        try (InputStream in = file.getStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
