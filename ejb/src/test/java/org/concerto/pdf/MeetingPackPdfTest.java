package org.concerto.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.element.Paragraph;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.AgendaRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The meeting pack opens with bookmarks, holds the merged PDFs in agenda order and the other files as attachments. */
class MeetingPackPdfTest {

    @TempDir
    Path folder;

    @Test
    void bookmarksCoverAgendaAndEachContributionInAgendaOrderWithMergedAndAttachedFiles() throws IOException {
        Path paper = folder.resolve("paper.pdf");
        Files.write(paper, twoPagePdf("Position des patients, page"));
        Path docx = folder.resolve("annexe.docx");
        Files.write(docx, new byte[] {'P', 'K', 3, 4, 0, 0});
        List<PackContent.Section> sections = List.of(
                new PackContent.Section(null, null, List.of(entry("Contribution générale", List.of()))),
                new PackContent.Section(
                        2,
                        "Témoignages et attentes des patients",
                        List.of(entry(
                                "Position de l'association",
                                List.of(
                                        new PackContent.File("position.pdf", true, paper, 1200, "ab"),
                                        new PackContent.File("annexe.docx", false, docx, 6, "cd"))))));
        List<Integer> progress = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MeetingPackPdf.write(out, Pdfs.foundingMeeting(true), Pdfs.lines(agenda()), sections, progress::add);

        assertThat(progress).containsExactly(1, 2, 3);
        assertThat(MeetingPackPdf.steps(sections)).isEqualTo(3);
        try (PdfDocument pack = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            List<PdfOutline> top = pack.getOutlines(false).getAllChildren();
            assertThat(top)
                    .extracting(PdfOutline::getTitle)
                    .containsExactly(
                            "Couverture",
                            "Ordre du jour",
                            "La réunion dans son ensemble",
                            "Point 2 – Témoignages et attentes des patients");
            PdfOutline item = top.get(3).getAllChildren().get(0);
            assertThat(item.getTitle()).isEqualTo("Position de l'association – Marie-Thérèse Lambert");
            assertThat(item.getAllChildren()).extracting(PdfOutline::getTitle).containsExactly("position.pdf");
            String all = text(pack);
            assertThat(all)
                    .contains(
                            "Dossier de séance",
                            "Sommaire",
                            "Ordre du jour",
                            "Position de l’association",
                            "Position des patients, page 1",
                            "Position des patients, page 2",
                            "annexe.docx",
                            "joint à ce PDF",
                            "Aucun lien d");
            assertThat(pack.getCatalog().getPdfObject().getAsName(PdfName.PageMode))
                    .isEqualTo(PdfName.UseOutlines);
            assertThat(pack.getCatalog().getNameTree(PdfName.EmbeddedFiles).getNames())
                    .hasSize(1);
        }
        Path rendered = Path.of("target", "pack-preview");
        Files.createDirectories(rendered);
        Files.write(rendered.resolve("meeting-pack.pdf"), out.toByteArray());
    }

    @Test
    void aDocumentThatCannotBeReadIsListedAsNotIncludedAndTheRestOfThePackIsBuilt() throws IOException {
        Path empty = folder.resolve("empty.pdf");
        Files.write(empty, HandWrittenPdf.withoutPages());
        Path damaged = folder.resolve("damaged.pdf");
        Files.write(damaged, "%PDF-1.7\nnot a PDF at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        Path paper = folder.resolve("paper.pdf");
        Files.write(paper, twoPagePdf("Position des patients, page"));
        List<PackContent.Section> sections = List.of(new PackContent.Section(
                2,
                "Témoignages et attentes des patients",
                List.of(
                        entry(
                                "Contribution sans page",
                                List.of(
                                        new PackContent.File("sans-page.pdf", true, empty, 300, "ab"),
                                        new PackContent.File("abime.pdf", true, damaged, 40, "cd"),
                                        new PackContent.File(
                                                "disparu.docx", false, folder.resolve("missing.docx"), 6, "ef"))),
                        entry(
                                "Position de l'association",
                                List.of(new PackContent.File("position.pdf", true, paper, 1200, "gh"))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        MeetingPackPdf.write(out, Pdfs.foundingMeeting(true), Pdfs.lines(agenda()), sections, done -> {});

        try (PdfDocument pack = new PdfDocument(new PdfReader(new ByteArrayInputStream(out.toByteArray())))) {
            String all = text(pack).replaceAll("[\\s\\u00A0\\u202F]+", " ");
            assertThat(all)
                    .contains(
                            "sans-page.pdf (1 Ko) : n’a pas pu être inclus",
                            "abime.pdf (1 Ko) : n’a pas pu être inclus",
                            "disparu.docx (1 Ko) : n’a pas pu être inclus",
                            "Position des patients, page 1",
                            "Position des patients, page 2");
            PdfOutline item = pack.getOutlines(false).getAllChildren().get(2);
            assertThat(item.getAllChildren().get(0).getAllChildren())
                    .extracting(PdfOutline::getTitle)
                    .containsExactly("sans-page.pdf (non inclus)", "abime.pdf (non inclus)");
            assertThat(item.getAllChildren().get(1).getAllChildren())
                    .extracting(PdfOutline::getTitle)
                    .containsExactly("position.pdf");
            assertThat(pack.getCatalog().getNameTree(PdfName.EmbeddedFiles).getNames())
                    .isEmpty();
        }
    }

    private static PackContent.Entry entry(String title, List<PackContent.File> files) {
        return new PackContent.Entry(
                title,
                "Marie-Thérèse Lambert",
                "AVPI",
                2,
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                Instant.parse("2019-09-02T08:30:00Z"),
                false,
                List.of("Nous demandons un registre.", "• un suivi"),
                null,
                files);
    }

    private static List<AgendaRow> agenda() {
        return List.of(
                new AgendaRow(1L, 0, "Accueil", null, AgendaItemKind.INFORMATION, null, null, null, null, 10, false),
                new AgendaRow(
                        2L,
                        1,
                        "Témoignages et attentes des patients",
                        null,
                        AgendaItemKind.DISCUSSION,
                        null,
                        null,
                        null,
                        "AVPI",
                        40,
                        false));
    }

    private static byte[] twoPagePdf(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Document document = new Document(new PdfDocument(new PdfWriter(bytes)))) {
            document.add(new Paragraph(text + " 1"));
            document.add(new com.itextpdf.layout.element.AreaBreak());
            document.add(new Paragraph(text + " 2"));
        }
        return bytes.toByteArray();
    }

    private static String text(PdfDocument pdf) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            text.append(PdfTextExtractor.getTextFromPage(pdf.getPage(i))).append('\n');
        }
        return text.toString();
    }
}
