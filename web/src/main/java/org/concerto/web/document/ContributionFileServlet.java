package org.concerto.web.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.concerto.contribution.ContributionService;
import org.concerto.contribution.PackService;
import org.concerto.security.SecurityLog;

/**
 * Contributions' files and meeting packs, streamed as attachments:
 * GET /files/contributions/{fileId} (whoever the service lets read that version), /files/packs/{meetingId}
 * (the meeting's invitees and the secretariat), and /public/contributions/{fileId} (anyone, for the public
 * version of a published meeting's contribution). 403 or 404 as the service decides.
 */
@WebServlet(urlPatterns = {"/files/contributions/*", "/files/packs/*", "/public/contributions/*"})
public class ContributionFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ContributionService contributions;

    @Inject
    private transient PackService packs;

    @Inject
    private transient SecurityLog securityLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        OptionalLong found = FileDownload.id(request.getPathInfo());
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = found.getAsLong();
        switch (request.getServletPath()) {
            case "/public/contributions" ->
                FileDownload.published(request, response, () -> contributions.publicDownload(id));
            // Contributions may be for the secretariat only, or on a confidential item.
            case "/files/packs" -> FileDownload.restricted(request, response, securityLog, () -> packs.download(id));
            default -> FileDownload.restricted(request, response, securityLog, () -> contributions.download(id));
        }
    }
}
