package org.concerto.web.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.concerto.action.ActionService;
import org.concerto.security.SecurityLog;

/**
 * GET /files/actions/{id}: an action's evidence file, streamed as an attachment to whoever may read the
 * action; 403 or 404 otherwise (web.xml already demands a login).
 */
@WebServlet("/files/actions/*")
public class EvidenceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ActionService actions;

    @Inject
    private transient SecurityLog securityLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong id = FileDownload.id(request.getPathInfo());
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Evidence is read by the action's meeting only.
        FileDownload.restricted(request, response, securityLog, () -> actions.evidence(id.getAsLong()));
    }
}
