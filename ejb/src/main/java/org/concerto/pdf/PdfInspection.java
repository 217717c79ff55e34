package org.concerto.pdf;

import com.itextpdf.kernel.exceptions.BadPasswordException;
import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfObject;
import com.itextpdf.kernel.pdf.PdfReader;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.concerto.shared.BusinessException;
import org.concerto.shared.PdfCheck;

/**
 * Decides from its content whether an uploaded file is a PDF that is safe to pass on to other people:
 * a real PDF, not encrypted, with no JavaScript, no launch action and no embedded file anywhere in
 * its objects (compressed object streams included: iText reads them, a byte search would not), with at
 * least one page, and nothing after its last end-of-file marker but white space (a ZIP or a script appended
 * there makes a file that is a PDF to one program and something else to another).
 */
@ApplicationScoped
public class PdfInspection implements PdfCheck {

    private static final byte[] MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Override
    public void requireSafe(Path file) {
        if (!startsWithPdfHeader(file)) {
            throw new BusinessException("error.file.notPdf");
        }
        if (!endsWithEndOfFileMarker(file)) {
            // Data after an end-of-file marker, or a file cut short before its first one.
            throw new BusinessException(
                    contains(file, END_OF_FILE) ? "error.file.trailingContent" : "error.file.unreadable");
        }
        PdfReader reader;
        try {
            reader = new PdfReader(file.toString());
        } catch (IOException e) {
            throw new BusinessException("error.file.unreadable");
        }
        try (PdfDocument pdf = new PdfDocument(reader)) {
            if (reader.isEncrypted()) {
                throw new BusinessException("error.file.encrypted");
            }
            if (pdf.getNumberOfPages() == 0) {
                throw new BusinessException("error.file.noPages");
            }
            for (int i = 1; i < pdf.getNumberOfPdfObjects(); i++) {
                PdfObject object = pdf.getPdfObject(i);
                if (object instanceof PdfDictionary dictionary) {
                    inspect(dictionary);
                }
            }
            PdfDictionary names = pdf.getCatalog().getPdfObject().getAsDictionary(PdfName.Names);
            if (names != null && names.containsKey(PdfName.JavaScript)) {
                throw new BusinessException("error.file.pdfActive");
            }
            if (names != null && names.containsKey(PdfName.EmbeddedFiles)) {
                throw new BusinessException("error.file.pdfEmbedded");
            }
        } catch (BadPasswordException e) {
            throw new BusinessException("error.file.encrypted");
        } catch (com.itextpdf.kernel.exceptions.PdfException e) {
            // Without a crypto provider iText cannot even try to open some encrypted files: say why they are refused.
            throw new BusinessException(declaresEncryption(file) ? "error.file.encrypted" : "error.file.unreadable");
        }
    }

    private static final byte[] END_OF_FILE = "%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    /** How far before the marker its trailer is looked for: "startxref", the offset, their line ends. */
    private static final int TAIL = 40;

    /** A PDF ends with "startxref", the offset of its cross-reference, then %%EOF (ISO 32000-1, 7.5.5). */
    private static final java.util.regex.Pattern TRAILER_END =
            java.util.regex.Pattern.compile("startxref[\\x00\\t\\n\\f\\r ]+\\d+[\\x00\\t\\n\\f\\r ]*%%EOF$");

    /**
     * Whether the last bytes of the file, once the PDF white space after them is left aside (NUL, tab, line
     * feed, form feed, carriage return, space: ISO 32000-1, 7.2.2), are the end-of-file marker {@code %%EOF}
     * right after the trailer's {@code startxref} and offset (so that a marker added after foreign data does
     * not pass).
     * Read backwards from the end, a block at a time, so that a long run of padding costs no memory.
     */
    static boolean endsWithEndOfFileMarker(Path file) {
        try (java.nio.channels.SeekableByteChannel channel = Files.newByteChannel(file)) {
            long end = channel.size();
            java.nio.ByteBuffer block = java.nio.ByteBuffer.allocate(8192);
            while (end > 0) {
                int length = (int) Math.min(block.capacity(), end);
                block.clear().limit(length);
                channel.position(end - length);
                while (block.hasRemaining() && channel.read(block) >= 0) {
                    // reads the whole block
                }
                int last = length - 1;
                while (last >= 0 && isWhiteSpace(block.get(last))) {
                    last--;
                }
                if (last >= 0) {
                    long markerEnd = end - length + last + 1;
                    if (markerEnd < END_OF_FILE.length + TAIL) {
                        return false;
                    }
                    String tail = new String(
                            read(channel, markerEnd, TAIL + END_OF_FILE.length),
                            java.nio.charset.StandardCharsets.ISO_8859_1);
                    return TRAILER_END.matcher(tail).find();
                }
                end -= length;
            }
            return false;
        } catch (IOException e) {
            throw new BusinessException("error.file.unreadable");
        }
    }

    /** The {@code length} bytes that end at {@code end}. */
    private static byte[] read(java.nio.channels.SeekableByteChannel channel, long end, int length) throws IOException {
        java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(length);
        channel.position(end - length);
        while (bytes.hasRemaining() && channel.read(bytes) >= 0) {
            // reads them all
        }
        return bytes.array();
    }

    private static boolean isWhiteSpace(byte b) {
        return b == 0 || b == '\t' || b == '\n' || b == '\f' || b == '\r' || b == ' ';
    }

    /** Whether the file names an /Encrypt dictionary (in a trailer or an xref stream, both uncompressed); read as a stream. */
    static boolean declaresEncryption(Path file) {
        return contains(file, "/Encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    /** Whether the bytes of {@code token} occur in the file; read as a stream, the last bytes kept in a window. */
    private static boolean contains(Path file, byte[] token) {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            byte[] window = new byte[token.length];
            long seen = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                System.arraycopy(window, 1, window, 0, window.length - 1);
                window[window.length - 1] = (byte) b;
                seen++;
                if (seen >= token.length && b == (token[token.length - 1] & 0xFF) && Arrays.equals(window, token)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void inspect(PdfDictionary dictionary) {
        PdfName action = dictionary.getAsName(PdfName.S);
        if (PdfName.JavaScript.equals(action) || PdfName.Launch.equals(action) || dictionary.containsKey(PdfName.JS)) {
            throw new BusinessException("error.file.pdfActive");
        }
        if (PdfName.EmbeddedFile.equals(dictionary.getAsName(PdfName.Type)) || dictionary.containsKey(PdfName.EF)) {
            throw new BusinessException("error.file.pdfEmbedded");
        }
    }

    private static boolean startsWithPdfHeader(Path file) {
        // The header may follow a few bytes of junk (the format allows 1024), never a different type.
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            for (int i = 0; i + MAGIC.length <= head.length; i++) {
                if (Arrays.equals(head, i, i + MAGIC.length, MAGIC, 0, MAGIC.length)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new BusinessException("error.file.unreadable");
        }
    }
}
