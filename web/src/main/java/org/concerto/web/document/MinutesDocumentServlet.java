package org.concerto.web.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.minutes.MinutesService;
import org.concerto.minutes.PublicMinutesService;
import org.concerto.security.SecurityLog;

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
        if (request.getServletPath().startsWith("/public")) {
            FileDownload.published(request, response, () -> FileDownload.made(published.publicPdf(meetingId)));
        } else {
            // Drafts and the full minutes name people and hold confidential items: who took which is in the security
            // log.
            FileDownload.restricted(request, response, securityLog, () -> FileDownload.made(minutes.pdf(meetingId)));
        }
    }
}
