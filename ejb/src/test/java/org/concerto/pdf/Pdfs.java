package org.concerto.pdf;

import com.itextpdf.kernel.pdf.PdfDictionary;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.canvas.parser.PdfTextExtractor;
import com.itextpdf.kernel.pdf.canvas.parser.listener.SimpleTextExtractionStrategy;
import com.itextpdf.kernel.pdf.tagging.IStructureNode;
import com.itextpdf.kernel.pdf.tagging.PdfStructElem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.AgendaRow;
import org.concerto.meeting.MeetingDocuments;
import org.concerto.meeting.MeetingFormat;

/** Reads back what a test rendered: the text of each page, the fonts, the structure tags. */
final class Pdfs {

    private Pdfs() {}

    /** A meeting like the founding one: 12 September 2019, 14:00 to 17:30 in Paris. */
    static DocumentMeeting foundingMeeting(boolean illustrative) {
        return new DocumentMeeting(
                42L,
                "Agence nationale de sécurité du médicament et des produits de santé",
                "Arrêt de fabrication de la pompe implantable MiniMed 2007D (MIP) : réflexion partagée",
                "Pompe à insuline implantable MiniMed 2007D (MIP) – Medtronic",
                "Trouver des solutions pour les patients.",
                ZonedDateTime.parse("2019-09-12T14:00+02:00[Europe/Paris]").toInstant(),
                ZonedDateTime.parse("2019-09-12T17:30+02:00[Europe/Paris]").toInstant(),
                MeetingFormat.IN_PERSON,
                "143-147 boulevard Anatole France, Saint-Denis",
                null,
                illustrative);
    }

    static List<AgendaRow> agenda() {
        return List.of(
                new AgendaRow(
                        1L,
                        0,
                        "Accueil et objectifs de la réunion",
                        null,
                        AgendaItemKind.INFORMATION,
                        "Hélène",
                        "Lefèvre",
                        "ANSM",
                        null,
                        10,
                        false),
                new AgendaRow(
                        2L,
                        1,
                        "Point de situation : arrêt de fabrication et calendrier",
                        "Pompe disponible jusqu'en juin 2020.",
                        AgendaItemKind.INFORMATION,
                        "Laurent",
                        "Girard",
                        "Medtronic France",
                        null,
                        20,
                        false),
                new AgendaRow(
                        3L,
                        2,
                        "Recherche d'un industriel pour la reprise de l'activité",
                        null,
                        AgendaItemKind.CONSULTATION,
                        null,
                        null,
                        null,
                        "Medtronic France",
                        30,
                        true));
    }

    /** Rows as documents print them, timed from the founding meeting's start. */
    static List<AgendaLine> lines(List<AgendaRow> rows) {
        return MeetingDocuments.lines(foundingMeeting(false).startsAt(), rows);
    }

    static List<String> pages(byte[] pdf) {
        return read(pdf, document -> {
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                pages.add(PdfTextExtractor.getTextFromPage(document.getPage(i), new SimpleTextExtractionStrategy()));
            }
            return pages;
        });
    }

    /** All pages' text on one line: what a table cell or a paragraph wraps reads as one phrase again. */
    static String text(byte[] pdf) {
        return String.join(" ", pages(pdf)).replaceAll(" *\n", " ");
    }

    /** Base font names of every font used, each with whether its font program is embedded. */
    static List<String> fonts(byte[] pdf) {
        return read(pdf, document -> {
            Set<String> fonts = new LinkedHashSet<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                PdfDictionary resources = document.getPage(i).getResources().getResource(PdfName.Font);
                if (resources == null) {
                    continue;
                }
                for (PdfName name : resources.keySet()) {
                    PdfDictionary font = resources.getAsDictionary(name);
                    PdfDictionary descriptor = PdfName.Type0.equals(font.getAsName(PdfName.Subtype))
                            ? font.getAsArray(PdfName.DescendantFonts)
                                    .getAsDictionary(0)
                                    .getAsDictionary(PdfName.FontDescriptor)
                            : font.getAsDictionary(PdfName.FontDescriptor);
                    boolean embedded = descriptor != null
                            && (descriptor.containsKey(PdfName.FontFile2) || descriptor.containsKey(PdfName.FontFile3));
                    fonts.add(font.getAsName(PdfName.BaseFont).getValue() + (embedded ? " embedded" : " NOT embedded"));
                }
            }
            return new ArrayList<>(fonts);
        });
    }

    /** The roles of the structure tree, in document order. */
    static List<String> roles(byte[] pdf) {
        return read(pdf, document -> {
            List<String> roles = new ArrayList<>();
            collect(document.getStructTreeRoot().getKids(), roles);
            return roles;
        });
    }

    private static void collect(List<IStructureNode> nodes, List<String> roles) {
        for (IStructureNode node : nodes) {
            if (node instanceof PdfStructElem element) {
                roles.add(element.getRole().getValue());
                collect(element.getKids(), roles);
            }
        }
    }

    static <T> T read(byte[] pdf, Function<PdfDocument, T> reader) {
        try (PdfDocument document = new PdfDocument(new PdfReader(new ByteArrayInputStream(pdf)))) {
            return reader.apply(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
