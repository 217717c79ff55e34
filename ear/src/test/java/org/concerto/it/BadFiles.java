package org.concerto.it;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Files for upload tests, made by the tests themselves: good ones (a PDF, a DOCX) and the corpus of bad
 * ones (oversized, an executable renamed .pdf, a DOCX zip bomb, a PDF with JavaScript, an encrypted PDF,
 * a PDF without pages, a PDF with a ZIP appended, an empty file; the name with "../" and control characters is the test's own).
 */
public final class BadFiles {

    private BadFiles() {}

    /** A clean PDF of two pages saying {@code text}. */
    public static byte[] pdf(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(bytes)))) {
            document.add(new Paragraph(text + " (1)"));
            document.add(new AreaBreak());
            document.add(new Paragraph(text + " (2)"));
        }
        return bytes.toByteArray();
    }

    public static byte[] pdfWithJavaScript() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(bytes))) {
            document.addNewPage();
            document.getCatalog().setOpenAction(PdfAction.createJavaScript("app.alert('hello')"));
        }
        return bytes.toByteArray();
    }

    /** Windows' executable header under a .pdf name. */
    public static byte[] executable() {
        return "MZ\u0090\u0000\u0003\u0000\u0000\u0000 This program cannot be run in DOS mode."
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A DOCX whose document part is 60 MB of zeros: a few dozen kilobytes on the wire. */
    public static byte[] docxZipBomb() {
        return docx(out -> {
            try {
                out.putNextEntry(new ZipEntry("word/document.xml"));
                byte[] zeros = new byte[1024 * 1024];
                for (int i = 0; i < 60; i++) {
                    out.write(zeros);
                }
                out.closeEntry();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A small valid DOCX. */
    public static byte[] docx(String text) {
        return docx(out -> entry(
                out,
                "word/document.xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                        + "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>"));
    }

    private static byte[] docx(Consumer<ZipOutputStream> document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            entry(
                    out,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            document.accept(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, String content) {
        try {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A password-protected PDF written by hand (iText cannot encrypt without the Bouncy Castle adapter,
     * which Concerto does not ship): standard security handler, a user password nobody gave.
     */
    public static byte[] encryptedPdf() {
        String hex32 = "8F1A2B3C4D5E6F708192A3B4C5D6E7F80112233445566778899AABBCCDDEEFF0";
        return handWritten(
                new String[] {
                    "<< /Type /Catalog /Pages 2 0 R >>",
                    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                    "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + hex32 + "> /U <" + hex32 + "> >>"
                },
                "/Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
                        + "<0123456789ABCDEF0123456789ABCDEF>]");
    }

    /** A well-formed PDF whose page tree holds no page ({@code /Count 0}), written by hand. */
    public static byte[] zeroPagePdf() {
        return handWritten(
                new String[] {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"},
                "/Root 1 0 R");
    }

    /**
     * The objects numbered from 1, the cross-reference table and a trailer with these entries after /Size (the EJB
     * module's unit tests have the same writer, HandWrittenPdf; the EAR's tests do not see its test classes).
     */
    private static byte[] handWritten(String[] objects, String trailer) {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int[] offsets = new int[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (int offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ")
                .append(objects.length + 1)
                .append(' ')
                .append(trailer)
                .append(" >>\nstartxref\n")
                .append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A clean PDF with a ZIP archive appended after its end-of-file marker: a PDF to a reader, a ZIP to an unzipper. */
    public static byte[] pdfWithZipAppended() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(pdf("Polyglotte"));
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            entry(out, "payload.txt", "hidden");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@code bytes} bytes of a PDF-looking stream, made as it is read: never held in memory. */
    public static InputStream oversized(long bytes) {
        return new InputStream() {
            private final byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            private long position;

            @Override
            public int read() {
                if (position >= bytes) {
                    return -1;
                }
                return position < header.length ? header[(int) position++] : (int) (position++ % 10 + '0');
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (position >= bytes) {
                    return -1;
                }
                int n = (int) Math.min(length, bytes - position);
                for (int i = 0; i < n; i++) {
                    buffer[offset + i] = (byte) read();
                }
                return n;
            }
        };
    }
}
