package org.concerto.web.document;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.concerto.participant.Language;
import org.concerto.pdf.PdfFile;
import org.concerto.privacy.PrivacyService;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.Messages;
import org.concerto.shared.NotFoundException;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityLog;
import org.concerto.web.security.ClientAddress;

import java.io.IOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GET /personal-data/{personId}.json and …/{personId}.pdf[?lang=fr|en]: everything Concerto holds about a
 * person, for that person and for the secretariat (the service decides: 403 for anyone else, 404 for no one).
 */
@WebServlet("/personal-data/*")
public class PersonalDataServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/(\\d{1,18})\\.(json|pdf)");

    @Inject
    private transient PrivacyService privacy;

    @Inject
    private transient SecurityLog securityLog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long personId = Long.parseLong(path.group(1));
        Locale locale = language(request.getParameter("lang"));
        byte[] content;
        String fileName;
        String contentType;
        try {
            if ("json".equals(path.group(2))) {
                content = privacy.exportJson(personId);
                fileName = Messages.get(locale, "privacy.export.file") + "-" + personId + ".json";
                contentType = "application/json;charset=UTF-8";
            } else {
                PdfFile file = privacy.exportPdf(personId, locale);
                content = file.getContent();
                fileName = file.getFileName();
                contentType = file.getContentType();
            }
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        // Everything held about a person: each export, by them or by the secretariat, is in the security log.
        securityLog.record(SecurityEventKind.DOWNLOAD, request.getRemoteUser(), ClientAddress.of(request),
                request.getServletPath() + request.getPathInfo());
        response.setContentType(contentType);
        response.setContentLength(content.length);
        response.setHeader("Content-Disposition", ContentDisposition.attachment(fileName));
        response.setHeader("X-Content-Type-Options", "nosniff");
        // Personal data: no shared or browser cache keeps a copy.
        response.setHeader("Cache-Control", "private, no-store");
        response.getOutputStream().write(content);
    }

    private static Locale language(String code) {
        return code == null || code.isBlank() ? Locale.FRENCH : Language.of(Locale.forLanguageTag(code)).locale();
    }
}
