package org.concerto.files;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import org.concerto.pdf.PdfInspection;
import org.concerto.shared.BusinessException;
import org.concerto.shared.PdfCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The type is decided from the content against the allow-list, and every bad file is refused with its reason. */
class UploadInspectionTest {

    /** What the server injects. */
    private static final PdfCheck PDF_CHECK = new PdfInspection();

    @TempDir
    Path folder;

    @Test
    void recognisesPdfDocxAndOdtFromTheirContentWhateverTheirName() throws IOException {
        assertThat(kind(pdf(document -> { }))).isEqualTo(FileKind.PDF);
        assertThat(kind(docx(1000))).isEqualTo(FileKind.DOCX);
        assertThat(kind(odt(false))).isEqualTo(FileKind.ODT);
    }

    @Test
    void refusesAKindTheFeatureDoesNotTakeNamingTheOnesItDoes() {
        assertRefused(() -> UploadInspection.kindOf(write(docx(10)), 10, Set.of(FileKind.PDF), PDF_CHECK), "error.file.type");
        BusinessException refusal = (BusinessException) org.assertj.core.api.Assertions.catchThrowable(
                () -> UploadInspection.kindOf(write("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1)), 20, FileKind.DOCUMENTS, PDF_CHECK));
        assertThat(refusal.getKey()).isEqualTo("error.file.type");
        assertThat(refusal.getArguments()).containsExactly("PDF, DOCX, ODT");
    }

    @Test
    void refusesAnExecutableRenamedPdf() {
        assertRefused(() -> kind("MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1)), "error.file.type");
    }

    @Test
    void refusesADocxZipBombFromItsDirectoryBeforeUnpackingIt() {
        // 60 MB of zeros compress to a few dozen kilobytes: far beyond the allowed ratio.
        assertRefused(() -> kind(docx(60 * 1024 * 1024)), "error.file.zipBomb");
        assertRefused(() -> kind(manyEntries(ZipInspection.MAX_ENTRIES + 1)), "error.file.zipBomb");
    }

    @Test
    void refusesActiveEncryptedAndMacroLadenDocuments() {
        assertRefused(() -> kind(pdf(document -> document.getCatalog().setOpenAction(PdfAction.createJavaScript("app.alert(1)")))),
                "error.file.pdfActive");
        assertRefused(() -> kind(pdf(document -> document.getCatalog().setOpenAction(PdfAction.createLaunch(
                new com.itextpdf.kernel.pdf.filespec.PdfStringFS("calc.exe"))))), "error.file.pdfActive");
        assertRefused(() -> kind(encryptedPdf()), "error.file.encrypted");
        assertRefused(() -> kind(odt(true)), "error.file.encrypted");
        assertRefused(() -> kind(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0}),
                "error.file.legacyOrEncrypted");
        assertRefused(() -> kind(zip(out -> {
            entry(out, "[Content_Types].xml", "<Types/>");
            entry(out, "word/document.xml", "<w:document/>");
            entry(out, "word/vbaProject.bin", "macro");
        })), "error.file.macros");
    }

    @Test
    void refusesNamesThatTryToBePathsOrCarryControlCharacters() {
        assertRefused(() -> FileNames.checked("../../etc/passwd.pdf"), "error.file.name");
        assertRefused(() -> FileNames.checked("..\\..\\boot.ini"), "error.file.name");
        assertRefused(() -> FileNames.checked("rapport\u0000.pdf"), "error.file.name");
        assertRefused(() -> FileNames.checked("rapport\u202Efdp.exe"), "error.file.name");
        assertThat(FileNames.checked("C:\\Users\\marie\\Prise de position.pdf")).isEqualTo("Prise de position.pdf");
        assertThat(FileNames.withExtension("note", FileKind.ODT)).isEqualTo("note.odt");
        assertThat(FileNames.withExtension("Note.PDF", FileKind.PDF)).isEqualTo("Note.PDF");
    }

    private FileKind kind(byte[] content) throws IOException {
        return UploadInspection.kindOf(write(content), content.length, FileKind.DOCUMENTS, PDF_CHECK);
    }

    private Path write(byte[] content) {
        try {
            return Files.write(Files.createTempFile(folder, "upload", ".part"), content);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessException.class).extracting(e -> ((BusinessException) e).getKey()).isEqualTo(key);
    }

    static byte[] pdf(Consumer<PdfDocument> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(bytes))) {
            document.addNewPage();
            content.accept(document);
        }
        return bytes.toByteArray();
    }

    /**
     * A password-protected PDF, written by hand: iText cannot encrypt without the Bouncy Castle adapter
     * Concerto does not ship. Standard security handler, revision 2, a user password unknown to the reader.
     */
    static byte[] encryptedPdf() {
        String hex32 = "8F1A2B3C4D5E6F708192A3B4C5D6E7F80112233445566778899AABBCCDDEEFF0";
        String[] objects = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + hex32 + "> /U <" + hex32 + "> >>"
        };
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
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R /Encrypt 4 0 R /ID [<0123456789ABCDEF0123456789ABCDEF> "
                + "<0123456789ABCDEF0123456789ABCDEF>] >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] docx(int documentBytes) {
        return zip(out -> {
            entry(out, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            try {
                out.putNextEntry(new ZipEntry("word/document.xml"));
                byte[] zeros = new byte[64 * 1024];
                for (int written = 0; written < documentBytes; written += zeros.length) {
                    out.write(zeros, 0, Math.min(zeros.length, documentBytes - written));
                }
                out.closeEntry();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    static byte[] odt(boolean encrypted) {
        return zip(out -> {
            entry(out, "mimetype", "application/vnd.oasis.opendocument.text");
            entry(out, "content.xml", "<office:document-content/>");
            entry(out, "META-INF/manifest.xml", encrypted ? "<manifest:encryption-data/>" : "<manifest:manifest/>");
        });
    }

    private static byte[] manyEntries(int count) {
        return zip(out -> {
            for (int i = 0; i < count; i++) {
                entry(out, "part" + i + ".xml", "x");
            }
        });
    }

    private static byte[] zip(Consumer<ZipOutputStream> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            entries.accept(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream out, String name, String content) {
        try {
            out.putNextEntry(new ZipEntry(name));
            out.write(content.getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
