package org.concerto.web.document;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.meeting.MeetingDocuments;
import org.concerto.participant.Language;
import org.concerto.security.SecurityLog;

/**
 * GET /documents/meetings/{id}/agenda.pdf[?lang=fr|en], …/notice/{personId}.pdf and …/attendance.pdf:
 * the PDF as an attachment, or 403 / 404 as the service decides (web.xml already demands a login).
 */
@WebServlet("/documents/*")
public class DocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH =
            Pattern.compile("/meetings/(\\d{1,18})/(agenda|attendance|notice/(\\d{1,18}))\\.pdf");

    @Inject
    private transient MeetingDocuments documents;

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
        // Notices and attendance sheets name people: who took which is in the security log.
        FileDownload.restricted(
                request,
                response,
                securityLog,
                () -> FileDownload.made(
                        switch (path.group(2)) {
                            case "agenda" -> documents.agenda(meetingId, language(request.getParameter("lang")));
                            case "attendance" -> documents.attendanceSheet(meetingId);
                            default -> documents.notice(meetingId, Long.parseLong(path.group(3)));
                        }));
    }

    /** The page's language when the link gives it; otherwise the service uses the caller's own. */
    private static Locale language(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return Language.of(Locale.forLanguageTag(code)).locale();
    }
}
