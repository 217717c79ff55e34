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
 * its objects (compressed object streams included: iText reads them, a byte search would not).
 */
@ApplicationScoped
public class PdfInspection implements PdfCheck {

    private static final byte[] MAGIC = "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    @Override
    public void requireSafe(Path file) {
        if (!startsWithPdfHeader(file)) {
            throw new BusinessException("error.file.notPdf");
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

    /** Whether the file names an /Encrypt dictionary (in a trailer or an xref stream, both uncompressed); read as a stream. */
    static boolean declaresEncryption(Path file) {
        byte[] token = "/Encrypt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            int matched = 0;
            for (int b = in.read(); b >= 0; b = in.read()) {
                matched = b == token[matched] ? matched + 1 : (b == token[0] ? 1 : 0);
                if (matched == token.length) {
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
