package org.concerto.pdf;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfName;
import com.itextpdf.kernel.pdf.PdfOutline;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.filespec.PdfFileSpec;
import com.itextpdf.kernel.pdf.navigation.PdfExplicitDestination;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.concerto.shared.Messages;
import org.concerto.shared.Zones;

/**
 * The meeting pack (dossier de séance): one PDF with bookmarks holding a cover with its table of
 * contents, the agenda, and each accepted contribution in agenda order: a page describing it (author,
 * version, SHA-256, disclosure, statement, files), then its PDFs merged in, its other files attached
 * inside the pack (listed on that page and in the viewer's attachments panel).
 * <p>
 * A plain PDF, not PDF/A like Concerto's own documents: the participants' PDFs it merges are rarely
 * PDF/A themselves, and PDF/A-2 forbids attaching DOCX or ODT files. The cover and the description
 * pages are drawn by {@link OfficialDocument} (same fonts and style), then copied in. The pack is
 * written to a stream page by page and the merged PDFs are read from disk, so a large pack never sits
 * whole in memory. A file that cannot be read (a PDF without pages, a damaged one, a file gone from the
 * disk) never stops the pack: it is named on its contribution's page as not included, and the rest is built.
 */
public final class MeetingPackPdf {

    /** The pack is the regulator's working document: in French, like the attendance sheet. */
    public static final Locale LANGUAGE = Locale.FRENCH;

    private static final Logger LOG = Logger.getLogger(MeetingPackPdf.class.getName());

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm").withZone(Zones.DEFAULT);

    private MeetingPackPdf() {}

    /** How many steps {@link #write} reports: the cover and agenda, then one per contribution. */
    public static int steps(java.util.List<PackContent.Section> sections) {
        return 1 + sections.stream().mapToInt(s -> s.entries().size()).sum();
    }

    /** Writes the pack; {@code progress} hears the number of steps done after each one. */
    public static void write(
            OutputStream out,
            DocumentMeeting meeting,
            java.util.List<AgendaLine> agenda,
            java.util.List<PackContent.Section> sections,
            IntConsumer progress)
            throws IOException {
        DocumentFormats formats = new DocumentFormats(LANGUAGE);
        PdfWriter writer = new PdfWriter(out);
        writer.setCloseStream(false);
        try (PdfDocument pack = new PdfDocument(writer)) {
            pack.getDocumentInfo().setTitle(Messages.get(LANGUAGE, "pack.title") + " – " + meeting.title());
            pack.getDocumentInfo().setAuthor(meeting.regulator());
            pack.getDocumentInfo().setCreator("Concerto");
            pack.getCatalog().setLang(new PdfString(LANGUAGE.getLanguage()));
            pack.getCatalog().setPageMode(PdfName.UseOutlines);
            pack.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
            PdfOutline root = pack.getOutlines(false);

            int[] agendaPage = new int[1];
            int first = copy(cover(meeting, agenda, sections, formats, agendaPage), pack);
            bookmark(root, Messages.get(LANGUAGE, "pack.cover"), pack.getPage(first));
            bookmark(root, Messages.get(LANGUAGE, "documents.agenda.title"), pack.getPage(first + agendaPage[0] - 1));
            int done = 1;
            progress.accept(done);

            int attachments = 0;
            for (PackContent.Section section : sections) {
                PdfOutline sectionMark = null;
                for (PackContent.Entry entry : section.entries()) {
                    Set<PackContent.File> unreadable = new HashSet<>();
                    for (PackContent.File file : entry.files()) {
                        if (!readable(file)) {
                            unreadable.add(file);
                        }
                    }
                    int start = copy(description(meeting, section, entry, unreadable, formats), pack);
                    if (sectionMark == null) {
                        sectionMark = bookmark(root, sectionTitle(section), pack.getPage(start));
                    }
                    PdfOutline entryMark =
                            bookmark(sectionMark, entry.title() + " – " + entry.author(), pack.getPage(start));
                    for (PackContent.File file : entry.files()) {
                        if (unreadable.contains(file)) {
                            if (file.pdf()) {
                                bookmark(entryMark, notIncludedMark(file), pack.getPage(start));
                            }
                        } else if (file.pdf()) {
                            int merged = merge(file, pack);
                            if (merged > 0) {
                                bookmark(entryMark, file.fileName(), pack.getPage(merged));
                            } else {
                                int notice = copy(notIncluded(meeting, entry, file, formats), pack);
                                bookmark(entryMark, notIncludedMark(file), pack.getPage(notice));
                            }
                        } else {
                            attachments++;
                            PdfFileSpec spec = PdfFileSpec.createEmbeddedFileSpec(
                                    pack, file.path().toString(), file.fileName(), file.fileName(), null, PdfName.Data);
                            pack.addFileAttachment(attachments + "-" + file.fileName(), spec);
                        }
                    }
                    progress.accept(++done);
                }
            }
        }
    }

    private static String sectionTitle(PackContent.Section section) {
        return section.itemNumber() == null
                ? Messages.get(LANGUAGE, "contribution.wholeMeeting")
                : Messages.format(LANGUAGE, "pack.item", section.itemNumber(), section.itemTitle());
    }

    private static PdfOutline bookmark(PdfOutline parent, String title, PdfPage page) {
        PdfOutline outline = parent.addOutline(title);
        outline.addDestination(PdfExplicitDestination.createFit(page));
        return outline;
    }

    /** Copies a rendered document at the end of the pack; returns the number of its first page there. */
    private static int copy(byte[] rendered, PdfDocument pack) throws IOException {
        try (PdfDocument source = new PdfDocument(new PdfReader(new ByteArrayInputStream(rendered)))) {
            int first = pack.getNumberOfPages() + 1;
            source.copyPagesTo(1, source.getNumberOfPages(), pack);
            return first;
        }
    }

    /**
     * Whether a file can go into the pack: a PDF that opens, has pages and whose every page copies (into a
     * document written nowhere, a page at a time); any other file that is there to attach. A file that
     * cannot is named in the pack as not included, and the pack goes on without it.
     */
    static boolean readable(PackContent.File file) {
        if (!file.pdf()) {
            return Files.isRegularFile(file.path()) && Files.isReadable(file.path());
        }
        try (PdfDocument source = new PdfDocument(new PdfReader(file.path().toString()))) {
            int pages = source.getNumberOfPages();
            if (pages == 0) {
                LOG.warning(() -> "Not included in the meeting pack, no page: " + file.fileName());
                return false;
            }
            try (PdfDocument trial = new PdfDocument(new PdfWriter(OutputStream.nullOutputStream()))) {
                for (int page = 1; page <= pages; page++) {
                    source.copyPagesTo(page, page, trial);
                    trial.getPage(page).flush();
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Not included in the meeting pack, unreadable: " + file.fileName() + ": " + e);
            return false;
        }
    }

    /**
     * Merges a participant's PDF (checked when it arrived), read from disk; returns its first page in the
     * pack, or 0 when it could not be copied after all (its pages copied so far are taken out again).
     */
    private static int merge(PackContent.File file, PdfDocument pack) {
        int first = pack.getNumberOfPages() + 1;
        try (PdfDocument source = new PdfDocument(new PdfReader(file.path().toString()))) {
            source.copyPagesTo(1, source.getNumberOfPages(), pack);
        } catch (IOException | RuntimeException e) {
            LOG.warning(() -> "Not included in the meeting pack, could not be copied: " + file.fileName() + ": " + e);
            for (int page = pack.getNumberOfPages(); page >= first; page--) {
                pack.removePage(page);
            }
            return 0;
        }
        // Copied pages are complete: written out now, not kept until the end.
        for (int page = first; page <= pack.getNumberOfPages(); page++) {
            pack.getPage(page).flush();
        }
        return first;
    }

    /** A part of the pack: the regulator's frame with the pack's footer, without a page count of its own. */
    private static OfficialDocument packPage(DocumentMeeting meeting, String title, DocumentFormats formats) {
        OfficialDocument doc = new OfficialDocument(
                LANGUAGE,
                title,
                meeting.regulator(),
                Sections.footer(LANGUAGE, "pack.title", meeting, formats),
                meeting.illustrative());
        doc.unnumbered();
        return doc;
    }

    private static String notIncludedMark(PackContent.File file) {
        return Messages.format(LANGUAGE, "pack.file.notIncludedMark", file.fileName());
    }

    /** A page in place of a PDF that could not be copied into the pack. */
    private static byte[] notIncluded(
            DocumentMeeting meeting, PackContent.Entry entry, PackContent.File file, DocumentFormats formats) {
        OfficialDocument doc = packPage(meeting, entry.title(), formats);
        doc.heading2(entry.title());
        doc.paragraph(fileLine(file, true));
        return doc.finish();
    }

    private static String fileLine(PackContent.File file, boolean unreadable) {
        return Messages.format(
                LANGUAGE,
                unreadable ? "pack.file.notIncluded" : file.pdf() ? "pack.file.merged" : "pack.file.attached",
                file.fileName(),
                (file.size() + 1023) / 1024);
    }

    private static byte[] cover(
            DocumentMeeting meeting,
            java.util.List<AgendaLine> agenda,
            java.util.List<PackContent.Section> sections,
            DocumentFormats formats,
            int[] agendaPage) {
        OfficialDocument doc =
                packPage(meeting, Messages.get(LANGUAGE, "pack.title") + " – " + meeting.title(), formats);
        doc.letterhead(meeting.regulator());
        doc.heading1(doc.label("pack.title"));
        doc.lead(meeting.title());
        Sections.meetingFacts(doc, meeting, formats);
        doc.heading2(doc.label("pack.contents"));
        List contents = new List().setSymbolIndent(8);
        contents.add(new ListItem(doc.label("documents.agenda.title")));
        for (PackContent.Section section : sections) {
            ListItem item = new ListItem(doc.text(sectionTitle(section)));
            List entries = new List().setListSymbol("–").setSymbolIndent(6).setMarginLeft(10);
            for (PackContent.Entry entry : section.entries()) {
                entries.add(new ListItem(doc.text(entry.title() + " – " + byline(entry))));
            }
            item.add(entries);
            contents.add(item);
        }
        doc.add(contents);
        if (sections.isEmpty()) {
            doc.paragraph(doc.label("pack.noContributions"));
        }
        doc.newPage();
        agendaPage[0] = doc.pageNumber();
        doc.heading2(doc.label("documents.agenda.title"));
        Sections.agendaTable(doc, meeting, agenda, formats);
        return doc.finish();
    }

    private static byte[] description(
            DocumentMeeting meeting,
            PackContent.Section section,
            PackContent.Entry entry,
            Set<PackContent.File> unreadable,
            DocumentFormats formats) {
        OfficialDocument doc = packPage(meeting, entry.title(), formats);
        doc.add(doc.small(sectionTitle(section), OfficialDocument.MUTED));
        doc.heading1(entry.title());
        java.util.List<String[]> facts = new java.util.ArrayList<>();
        facts.add(new String[] {doc.label("contribution.author"), byline(entry)});
        facts.add(new String[] {
            doc.label("contribution.version"),
            Messages.format(
                            LANGUAGE,
                            "pack.versionOf",
                            entry.versionNumber(),
                            formats.date(entry.submittedAt()),
                            TIME.format(entry.submittedAt()))
                    + (entry.late() ? " · " + Messages.get(LANGUAGE, "contribution.late") : "")
        });
        facts.add(new String[] {"SHA-256", entry.sha256()});
        doc.facts(facts);
        doc.heading2(doc.label("contribution.disclosure"));
        doc.paragraph(entry.disclosure() == null ? doc.label("contribution.disclosure.none") : entry.disclosure());
        if (!entry.statement().isEmpty()) {
            doc.heading2(doc.label("contribution.statement"));
            entry.statement().forEach(doc::paragraph);
        }
        if (!entry.files().isEmpty()) {
            doc.heading2(doc.label("contribution.files"));
            List files = new List().setSymbolIndent(8);
            for (PackContent.File file : entry.files()) {
                files.add(new ListItem(doc.text(fileLine(file, unreadable.contains(file)))));
            }
            doc.add(files);
        }
        return doc.finish();
    }

    private static String byline(PackContent.Entry entry) {
        return entry.organisation() == null ? entry.author() : entry.author() + " (" + entry.organisation() + ")";
    }
}
