package org.concerto.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.concerto.shared.BusinessException;
import org.concerto.shared.PdfCheck;
import org.concerto.shared.Settings;

/**
 * The one way into Concerto for a file a person hands over (agenda documents, contributions, and any
 * later feature): {@link #accept} streams it to disk within the size limit, decides its kind from its
 * content against the caller's allow-list, checks it (zip bombs before unpacking anything, active or
 * encrypted PDFs, encrypted or macro-laden texts), and keeps it under a random key. A refusal is a
 * {@link BusinessException} whose key says why in the user's language, and nothing of the file stays
 * on disk; a kept file goes again if the caller's transaction rolls back.
 */
@ApplicationScoped
public class UploadInspection {

    /** The upload limit when CONCERTO_UPLOAD_MAX_MB does not say otherwise. */
    public static final int DEFAULT_MAX_MB = 20;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    // Compound File Binary: old .doc files, and what Office makes of a password-protected DOCX.
    private static final byte[] CFB_MAGIC = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    @Inject
    private FileStore store;

    // Implemented by org.concerto.pdf.PdfInspection, the package that reads PDFs.
    @Inject
    private PdfCheck pdfCheck;

    /**
     * Receives, checks and keeps a file; must run inside the caller's transaction.
     *
     * @param declaredName what the user called the file: refused if it tries to be a path or carries control characters
     * @param allowed      the kinds this feature takes
     */
    public StoredFile accept(InputStream content, String declaredName, Set<FileKind> allowed) {
        String fileName = FileNames.checked(declaredName);
        FileStore.Upload upload = store.receive(content, maxBytes());
        try {
            FileKind kind = kindOf(upload.path(), upload.size(), allowed, pdfCheck);
            if (!allowed.contains(kind)) {
                throw typeRefused(allowed);
            }
            String named = FileNames.withExtension(fileName, kind);
            return new StoredFile(store.keep(upload), named, kind, upload.size(), upload.sha256());
        } catch (RuntimeException refused) {
            store.discard(upload);
            throw refused;
        }
    }

    /** What web.xml's multipart-config accepts in one request (its max-request-size), whatever the server allows. */
    static final long MULTIPART_MAX_REQUEST = 115_343_360;

    /** Room left in a request for the form's other fields and the multipart boundaries. */
    private static final long FORM_MARGIN = 1_048_576;

    /**
     * The most that the files of one form may weigh together, in bytes: the server reads no request over
     * CONCERTO_MAX_POST_SIZE (Undertow's max-post-size, 110 MB by default) or over the multipart limit of
     * web.xml, and a refused request never reaches the page that would say why. The upload forms check it
     * in the browser before sending.
     */
    public static long maxRequestBytes() {
        long server =
                Settings.get("concerto.max.post.size").map(Long::parseLong).orElse(MULTIPART_MAX_REQUEST);
        return Math.max(0, Math.min(server, MULTIPART_MAX_REQUEST) - FORM_MARGIN);
    }

    /** The largest upload accepted, in bytes (CONCERTO_UPLOAD_MAX_MB, 20 by default). */
    public static long maxBytes() {
        return maxMegabytes() * 1024L * 1024L;
    }

    public static long maxMegabytes() {
        return Settings.get("concerto.upload.max.mb").map(Long::parseLong).orElse((long) DEFAULT_MAX_MB);
    }

    /** "Not a kind accepted here", naming the kinds that are (PDF; or PDF, DOCX, ODT). */
    static BusinessException typeRefused(Set<FileKind> allowed) {
        return new BusinessException(
                "error.file.type", allowed.stream().sorted().map(FileKind::name).collect(Collectors.joining(", ")));
    }

    static FileKind kindOf(Path file, long size, Set<FileKind> allowed, PdfCheck pdfCheck) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        } catch (IOException e) {
            throw new BusinessException("error.file.unreadable");
        }
        if (startsWith(head, ZIP_MAGIC) && (allowed.contains(FileKind.DOCX) || allowed.contains(FileKind.ODT))) {
            // Only then is the archive opened at all.
            FileKind kind = ZipInspection.inspect(file, size);
            if (kind == null) {
                throw typeRefused(allowed);
            }
            return kind;
        }
        if (startsWith(head, CFB_MAGIC)) {
            throw new BusinessException("error.file.legacyOrEncrypted");
        }
        if (startsAsPdf(head) && allowed.contains(FileKind.PDF)) {
            pdfCheck.requireSafe(file);
            return FileKind.PDF;
        }
        throw typeRefused(allowed);
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * The PDF header, after at most a byte order mark and blank space. Readers tolerate more junk before it,
     * but a file that starts as something else (a GIF, a JPEG) and is a PDF further on is a polyglot: refused.
     */
    static boolean startsAsPdf(byte[] head) {
        int start = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF
                ? 3
                : 0;
        while (start < head.length
                && (head[start] == ' ' || head[start] == '\t' || head[start] == '\r' || head[start] == '\n')) {
            start++;
        }
        return head.length - start >= PDF_MAGIC.length
                && Arrays.equals(head, start, start + PDF_MAGIC.length, PDF_MAGIC, 0, PDF_MAGIC.length);
    }
}
