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
import org.concerto.participant.Language;
import org.concerto.privacy.PrivacyService;
import org.concerto.security.SecurityLog;
import org.concerto.shared.Messages;

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
        // Everything held about a person: each export, by them or by the secretariat, is in the security log.
        FileDownload.restricted(
                request,
                response,
                securityLog,
                () -> "json".equals(path.group(2))
                        ? FileDownload.made(
                                Messages.get(locale, "privacy.export.file") + "-" + personId + ".json",
                                "application/json;charset=UTF-8",
                                privacy.exportJson(personId))
                        : FileDownload.made(privacy.exportPdf(personId, locale)));
    }

    private static Locale language(String code) {
        return code == null || code.isBlank()
                ? Locale.FRENCH
                : Language.of(Locale.forLanguageTag(code)).locale();
    }
}
