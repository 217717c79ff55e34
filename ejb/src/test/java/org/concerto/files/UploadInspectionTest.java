package org.concerto.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.action.PdfAction;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.tika.Tika;
import org.concerto.pdf.HandWrittenPdf;
import org.concerto.pdf.PdfInspection;
import org.concerto.shared.BusinessException;
import org.concerto.shared.PdfCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The type is decided from the content against the allow-list, and every bad file is refused with its reason. */
class UploadInspectionTest {

    /** What the server injects. */
    private static final PdfCheck PDF_CHECK = new PdfInspection();

    @TempDir
    Path folder;

    @Test
    void recognisesPdfDocxAndOdtFromTheirContentWhateverTheirName() throws IOException {
        assertThat(kind(pdf(document -> {}))).isEqualTo(FileKind.PDF);
        assertThat(kind(docx(1000))).isEqualTo(FileKind.DOCX);
        assertThat(kind(odt(false))).isEqualTo(FileKind.ODT);
    }

    @Test
    void refusesAKindTheFeatureDoesNotTakeNamingTheOnesItDoes() {
        assertRefused(
                () -> UploadInspection.kindOf(write(docx(10)), 10, Set.of(FileKind.PDF), PDF_CHECK), "error.file.type");
        BusinessException refusal =
                (BusinessException) org.assertj.core.api.Assertions.catchThrowable(() -> UploadInspection.kindOf(
                        write("MZ\u0090\u0000 an executable".getBytes(StandardCharsets.ISO_8859_1)),
                        20,
                        FileKind.DOCUMENTS,
                        PDF_CHECK));
        assertThat(refusal.getKey()).isEqualTo("error.file.type");
        assertThat(refusal.getArguments()).containsExactly("PDF, DOCX, ODT");
    }

    @Test
    void refusesAnExecutableRenamedPdf() {
        assertRefused(
                () -> kind("MZ\u0090\u0000\u0003 This program cannot be run in DOS mode"
                        .getBytes(StandardCharsets.ISO_8859_1)),
                "error.file.type");
    }

    @Test
    void refusesADocxZipBombFromItsDirectoryBeforeUnpackingIt() {
        // 60 MB of zeros compress to a few dozen kilobytes: far beyond the allowed ratio.
        assertRefused(() -> kind(docx(60 * 1024 * 1024)), "error.file.zipBomb");
        assertRefused(() -> kind(manyEntries(ZipInspection.MAX_ENTRIES + 1)), "error.file.zipBomb");
    }

    @Test
    void refusesActiveEncryptedAndMacroLadenDocuments() {
        assertRefused(
                () -> kind(pdf(
                        document -> document.getCatalog().setOpenAction(PdfAction.createJavaScript("app.alert(1)")))),
                "error.file.pdfActive");
        assertRefused(
                () -> kind(pdf(document -> document.getCatalog()
                        .setOpenAction(
                                PdfAction.createLaunch(new com.itextpdf.kernel.pdf.filespec.PdfStringFS("calc.exe"))))),
                "error.file.pdfActive");
        assertRefused(() -> kind(HandWrittenPdf.encrypted()), "error.file.encrypted");
        assertRefused(() -> kind(odt(true)), "error.file.encrypted");
        assertRefused(
                () -> kind(new byte[] {
                    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
                }),
                "error.file.legacyOrEncrypted");
        assertRefused(
                () -> kind(zip(out -> {
                    entry(out, "[Content_Types].xml", "<Types/>");
                    entry(out, "word/document.xml", "<w:document/>");
                    entry(out, "word/vbaProject.bin", "macro");
                })),
                "error.file.macros");
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

    /**
     * The hostile corpus against Apache Tika's detection (tika-core, magic bytes, no parsers): every file that
     * Tika would not take as a PDF, DOCX or ODT is refused here too, and so are the ones Tika would take.
     * Tika core cannot tell a DOCX from any other Office zip, which is why the check is Concerto's own.
     */
    @Test
    void refusesEveryHostileFileAndAtLeastWhatTikaWouldRefuse() {
        Map<String, byte[]> hostile = new LinkedHashMap<>();
        hostile.put(
                "executable",
                "MZ\u0090\u0000\u0003 This program cannot be run in DOS mode".getBytes(StandardCharsets.ISO_8859_1));
        hostile.put("ELF binary", "\u007fELF\u0002\u0001\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1));
        hostile.put("shell script", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));
        hostile.put(
                "HTML",
                "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        hostile.put(
                "SVG",
                "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                        .getBytes(StandardCharsets.UTF_8));
        hostile.put("empty", new byte[0]);
        hostile.put(
                "PDF header on HTML",
                "%PDF-1.7\n<html><script>alert(1)</script></html>\n".getBytes(StandardCharsets.US_ASCII));
        hostile.put("PDF with JavaScript", pdf(document -> document.getCatalog()
                .setOpenAction(PdfAction.createJavaScript("app.alert(1)"))));
        hostile.put("PDF with a launch action", pdf(document -> document.getCatalog()
                .setOpenAction(PdfAction.createLaunch(new com.itextpdf.kernel.pdf.filespec.PdfStringFS("calc.exe")))));
        hostile.put("encrypted PDF", HandWrittenPdf.encrypted());
        hostile.put("PDF without pages", HandWrittenPdf.withoutPages());
        hostile.put(
                "PDF and ZIP polyglot", concat(pdf(document -> {}), zip(out -> entry(out, "payload.txt", "hidden"))));
        hostile.put(
                "JPEG and PDF polyglot",
                concat(
                        new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0},
                        pdf(document -> {})));
        hostile.put("GIF and PDF polyglot", concat("GIF89a".getBytes(StandardCharsets.US_ASCII), pdf(document -> {})));
        hostile.put("DOCX zip bomb", docx(60 * 1024 * 1024));
        hostile.put("zip of too many entries", manyEntries(ZipInspection.MAX_ENTRIES + 1));
        hostile.put("DOCX with macros", zip(out -> {
            entry(out, "[Content_Types].xml", "<Types/>");
            entry(out, "word/document.xml", "<w:document/>");
            entry(out, "word/vbaProject.bin", "macro");
        }));
        hostile.put("spreadsheet as DOCX", zip(out -> {
            entry(out, "[Content_Types].xml", "<Types/>");
            entry(out, "xl/workbook.xml", "<workbook/>");
        }));
        hostile.put("Java archive", zip(out -> {
            entry(out, "META-INF/MANIFEST.MF", "Main-Class: Evil\n");
            entry(out, "Evil.class", "\u00ca\u00fe\u00ba\u00be");
        }));
        hostile.put("encrypted ODT", odt(true));
        hostile.put("legacy or encrypted Office file", new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0
        });

        Tika tika = new Tika();
        Set<String> allowedTypes =
                FileKind.DOCUMENTS.stream().map(FileKind::contentType).collect(Collectors.toSet());
        List<String> tikaWouldTake = new ArrayList<>();
        hostile.forEach((name, content) -> {
            String detected = tika.detect(content);
            if (allowedTypes.contains(detected)) {
                tikaWouldTake.add(name);
            }
            assertThatThrownBy(() -> kind(content))
                    .as("%s (Tika: %s)", name, detected)
                    .isInstanceOf(BusinessException.class);
        });
        // Magic bytes alone take these for a PDF; only reading the PDF refuses them.
        assertThat(tikaWouldTake)
                .containsExactlyInAnyOrder(
                        "PDF header on HTML",
                        "PDF with JavaScript",
                        "PDF with a launch action",
                        "encrypted PDF",
                        "PDF without pages",
                        "PDF and ZIP polyglot");

        // And where Tika core alone would refuse a good document, Concerto's check still takes it.
        assertThat(tika.detect(docx(1000))).isNotEqualTo(FileKind.DOCX.contentType());
        assertThat(tika.detect(pdf(document -> {}))).isEqualTo(FileKind.PDF.contentType());
    }

    @Test
    void aPdfStartsAsAPdfAfterAtMostABomOrSpaces() throws IOException {
        byte[] pdf = pdf(document -> {});

        assertThat(kind(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, pdf)))
                .isEqualTo(FileKind.PDF);
        assertThat(kind(concat("\r\n  ".getBytes(StandardCharsets.US_ASCII), pdf)))
                .isEqualTo(FileKind.PDF);
        assertRefused(() -> kind(concat("GIF89a".getBytes(StandardCharsets.US_ASCII), pdf)), "error.file.type");
    }

    @Test
    void refusesAPdfWithoutAnyPage() {
        assertRefused(() -> kind(HandWrittenPdf.withoutPages()), "error.file.noPages");
    }

    @Test
    void refusesAnythingAfterThePdfsLastEndOfFileMarkerButItsLineEnds() throws IOException {
        byte[] pdf = pdf(document -> {});
        byte[] zip = zip(out -> entry(out, "payload.txt", "hidden"));

        assertRefused(() -> kind(concat(pdf, zip)), "error.file.trailingContent");
        assertRefused(
                () -> kind(concat(pdf, "\n<script>alert(1)</script>\n".getBytes(StandardCharsets.US_ASCII))),
                "error.file.trailingContent");
        assertRefused(
                () -> kind(concat(concat(pdf, zip), "%%EOF".getBytes(StandardCharsets.US_ASCII))),
                "error.file.trailingContent");
        assertThat(kind(concat(pdf, "\r\n \t\n\n".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo(FileKind.PDF);
        assertThat(kind(concat(pdf, new byte[4096]))).isEqualTo(FileKind.PDF);
        assertRefused(() -> kind(java.util.Arrays.copyOf(pdf, pdf.length - 20)), "error.file.unreadable");
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
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
        assertThatThrownBy(call)
                .isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).getKey())
                .isEqualTo(key);
    }

    static byte[] pdf(Consumer<PdfDocument> content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PdfDocument document = new PdfDocument(new PdfWriter(bytes))) {
            document.addNewPage();
            content.accept(document);
        }
        return bytes.toByteArray();
    }

    static byte[] docx(int documentBytes) {
        return zip(out -> {
            entry(
                    out,
                    "[Content_Types].xml",
                    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
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
