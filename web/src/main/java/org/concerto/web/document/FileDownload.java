package org.concerto.web.document;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.concerto.files.FileContent;
import org.concerto.pdf.PdfFile;
import org.concerto.security.SecurityEventKind;
import org.concerto.security.SecurityLog;
import org.concerto.shared.AccessDeniedException;
import org.concerto.shared.BusinessException;
import org.concerto.web.security.ClientAddress;
import org.concerto.web.security.SecurityHeaders;

/**
 * How every file is served, stored (agenda documents, contributions, packs, evidence) or made on demand (agendas,
 * notices, attendance sheets, minutes, personal-data exports, action exports, outbox attachments): the service decides
 * who may read it (403; 404 for what is not there or not to be had), the download of anything not public goes to the
 * security log, and the file streams as an attachment under its encoded name, never sniffed, never run (a sandboxing
 * policy), never kept by a shared cache. From a servlet ({@link #restricted}, {@link #published}) or from a page's
 * post ({@link #fromPage}).
 */
public final class FileDownload {

    private static final Pattern ID = Pattern.compile("/(\\d{1,18})");

    /** Opens the file as the caller, or refuses as the service does. */
    @FunctionalInterface
    public interface Source {
        FileContent open() throws IOException;
    }

    private FileDownload() {}

    /** The id at the end of a path like {@code /123}, or nothing when the path is anything else. */
    static OptionalLong id(String pathInfo) {
        Matcher path = ID.matcher(pathInfo == null ? "" : pathInfo);
        return path.matches() ? OptionalLong.of(Long.parseLong(path.group(1))) : OptionalLong.empty();
    }

    /** A document made on demand (a PDF, an export), served like a stored file. */
    public static FileContent made(String fileName, String contentType, byte[] content) {
        return new FileContent(fileName, contentType, content.length, new ByteArrayInputStream(content));
    }

    public static FileContent made(PdfFile file) {
        return made(file.getFileName(), file.getContentType(), file.getContent());
    }

    /** A file only some may read: who downloaded which is in the security log. */
    static void restricted(HttpServletRequest request, HttpServletResponse response, SecurityLog log, Source source)
            throws IOException {
        send(request, response, log, source);
    }

    /** A file the regulator published: not logged, and browsers may keep it a few minutes. */
    static void published(HttpServletRequest request, HttpServletResponse response, Source source) throws IOException {
        send(request, response, null, source);
    }

    /**
     * A file asked for by a page's post (a button with {@code ajax="false"}): served and logged like a restricted file,
     * in place of the page.
     */
    public static void fromPage(SecurityLog log, Source source) throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        send((HttpServletRequest) external.getRequest(), (HttpServletResponse) external.getResponse(), log, source);
        context.responseComplete();
    }

    private static void send(HttpServletRequest request, HttpServletResponse response, SecurityLog log, Source source)
            throws IOException {
        FileContent file;
        try {
            file = source.open();
        } catch (AccessDeniedException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        } catch (BusinessException e) {
            // Not found, or not to be had (minutes not started yet): either way there is nothing to download.
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if (log != null) {
            String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
            log.record(
                    SecurityEventKind.DOWNLOAD,
                    request.getRemoteUser(),
                    ClientAddress.of(request),
                    path + " " + file.getFileName());
        }
        // The servlets' paths have it from SecurityHeaders already; a page's post has the page's.
        response.setHeader("Content-Security-Policy", SecurityHeaders.DOWNLOAD_POLICY);
        response.setContentType(file.getContentType());
        response.setContentLengthLong(file.getSize());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(file.getFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", log == null ? "public, max-age=300" : "private, no-store");
        try (InputStream in = file.getStream()) {
            in.transferTo(response.getOutputStream());
        }
    }
}
