package org.concerto.web.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import org.concerto.agenda.AgendaService;
import org.concerto.security.SecurityLog;

/**
 * GET /files/agenda/{id}: a document attached to an agenda item, streamed as an attachment to whoever
 * may read its meeting; 403 or 404 otherwise (web.xml already demands a login).
 */
@WebServlet("/files/*")
public class AttachmentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient AgendaService agenda;

    @Inject
    private transient SecurityLog securityLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        OptionalLong id = path.startsWith("/agenda/")
                ? FileDownload.id(path.substring("/agenda".length()))
                : OptionalLong.empty();
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Documents distributed to invitees only.
        FileDownload.restricted(request, response, securityLog, () -> agenda.download(id.getAsLong()));
    }
}
