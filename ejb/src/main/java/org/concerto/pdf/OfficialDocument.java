package org.concerto.pdf;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.geom.Rectangle;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfDocumentInfo;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfString;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.CanvasArtifact;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEvent;
import com.itextpdf.kernel.pdf.event.AbstractPdfDocumentEventHandler;
import com.itextpdf.kernel.pdf.event.PdfDocumentEvent;
import com.itextpdf.kernel.pdf.tagging.PdfStructureAttributes;
import com.itextpdf.kernel.pdf.tagging.StandardRoles;
import com.itextpdf.kernel.pdf.xobject.PdfFormXObject;
import com.itextpdf.layout.Canvas;
import com.itextpdf.layout.Document;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.Cell;
import com.itextpdf.layout.element.IBlockElement;
import com.itextpdf.layout.element.Paragraph;
import com.itextpdf.layout.element.Table;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.concerto.shared.Messages;

/**
 * The common frame of Concerto's documents: A4, PDF/A-2A (tagged, with the embedded DejaVu Sans, an
 * sRGB output intent, the language and the title in the metadata), the regulator's name at the top, a
 * footer with "page X sur Y" on every page and, for demo meetings, the demo mention on every page.
 * Every text goes through {@link #text} so that French documents get French typography.
 */
final class OfficialDocument {

    static final Color INK = new DeviceRgb(0x1B, 0x1F, 0x24);
    static final Color NAVY = new DeviceRgb(0x1F, 0x3A, 0x5F);
    static final Color MUTED = new DeviceRgb(0x55, 0x5E, 0x6B);
    static final Color RULE = new DeviceRgb(0xA9, 0xB3, 0xC1);
    static final Color HEADER_FILL = new DeviceRgb(0xE9, 0xEE, 0xF4);
    static final Color ALERT = new DeviceRgb(0x9A, 0x2B, 0x00);
    static final Color ALERT_FILL = new DeviceRgb(0xFF, 0xF1, 0xE0);
    static final Color WATERMARK = new DeviceRgb(0xF0, 0xD6, 0xD0);

    private static final float MARGIN_SIDE = 56;
    private static final float MARGIN_TOP = 64;
    private static final float MARGIN_BOTTOM = 64;
    /** How many rows of a long table are laid out at a time. */
    private static final int LONG_TABLE_GROUP = 25;

    private static final float FOOTER_SIZE = 8;
    /** Stands for the number of pages in the footer's pattern, where the placeholder goes. */
    private static final String TOTAL_MARK = "\uE000";

    // Parsed once: the font programs and the ICC profile are the same for every document. A parsed TrueType
    // program is read-only and shared (iText's own font cache shares them the same way); each document makes
    // its own PdfFont and subset from it. Parsing DejaVu Sans for every document cost more than the layout.
    private static final FontProgram REGULAR_FONT = font("fonts/DejaVuSans.ttf");
    private static final FontProgram BOLD_FONT = font("fonts/DejaVuSans-Bold.ttf");
    private static final byte[] SRGB =
            ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final Locale locale;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final PdfADocument pdf;
    private final Document document;
    private final PdfFont regular;
    private final PdfFont bold;
    private final String footer;
    private final boolean illustrative;
    private boolean numbered = true;
    /** Minutes: a diagonal mark under the content of every page ("PROJET"), and a running header. */
    private String watermark;

    private String header;
    /** The "Y" of "page X sur Y", drawn on every page and written at the end. */
    private final PdfFormXObject totalPages;

    private static final float TOTAL_WIDTH = 30;
    private static final float TOTAL_HEIGHT = 12;

    /**
     * @param title  the document's title in its metadata (shown by viewers instead of the file name)
     * @param footer what the footer says beside the page number
     */
    OfficialDocument(Locale locale, String title, String author, String footer, boolean illustrative) {
        this(locale, title, author, footer, illustrative, PdfAConformance.PDF_A_2A);
    }

    /** Minutes are PDF/A-3A, so that their decisions and actions travel inside them as data. */
    OfficialDocument(
            Locale locale,
            String title,
            String author,
            String footer,
            boolean illustrative,
            PdfAConformance conformance) {
        this.locale = Typography.isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
        this.footer = footer;
        this.illustrative = illustrative;
        pdf = new PdfADocument(
                new PdfWriter(out),
                conformance,
                new PdfOutputIntent(
                        "Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB)));
        pdf.setTagged();
        pdf.getCatalog().setLang(new PdfString(this.locale.getLanguage()));
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setDisplayDocTitle(true));
        PdfDocumentInfo info = pdf.getDocumentInfo();
        info.setTitle(text(title));
        info.setAuthor(author);
        info.setCreator("Concerto");
        regular = PdfFontFactory.createFont(
                REGULAR_FONT, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        bold = PdfFontFactory.createFont(
                BOLD_FONT, PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
        // Each page is decorated and written as soon as it is full: its header, its footer and its
        // watermark are drawn by the END_PAGE handler, and "page X sur Y" shows Y through a placeholder
        // filled once the number of pages is known. Nothing of a finished page stays in memory.
        totalPages = new PdfFormXObject(new Rectangle(TOTAL_WIDTH, TOTAL_HEIGHT));
        pdf.addEventHandler(PdfDocumentEvent.END_PAGE, new AbstractPdfDocumentEventHandler() {
            @Override
            protected void onAcceptedEvent(AbstractPdfDocumentEvent event) {
                PdfPage page = ((PdfDocumentEvent) event).getPage();
                decorate(page, pdf.getPageNumber(page));
            }
        });
        document = new Document(pdf, PageSize.A4, true);
        document.setMargins(MARGIN_TOP, MARGIN_SIDE, MARGIN_BOTTOM, MARGIN_SIDE);
        document.setFont(regular).setFontSize(10).setFontColor(INK);
    }

    Locale locale() {
        return locale;
    }

    /** A text in the document's language, with French typography in French. */
    String text(String text) {
        return Typography.apply(locale, text);
    }

    String label(String key) {
        return text(Messages.get(locale, key));
    }

    String format(String key, Object... arguments) {
        return text(Messages.format(locale, key, arguments));
    }

    // --- blocks -----------------------------------------------------------------------------------

    /** The convening body, as a letterhead. */
    void letterhead(String regulator) {
        document.add(new Paragraph(text(regulator))
                .setFont(bold)
                .setFontSize(11)
                .setFontColor(NAVY)
                .setBorderBottom(new SolidBorder(NAVY, 1.2f))
                .setPaddingBottom(4)
                .setMarginBottom(14));
    }

    void heading1(String text) {
        Paragraph heading = new Paragraph(text(text))
                .setFont(bold)
                .setFontSize(18)
                .setFontColor(NAVY)
                .setMarginTop(4)
                .setMarginBottom(2);
        heading.getAccessibilityProperties().setRole(StandardRoles.H1);
        document.add(heading);
    }

    /** A sub-heading inside a section (minutes). */
    void heading3(String text) {
        Paragraph heading = new Paragraph(text(text))
                .setFont(bold)
                .setFontSize(10.5f)
                .setFontColor(NAVY)
                .setMarginTop(8)
                .setMarginBottom(3)
                .setKeepWithNext(true);
        heading.getAccessibilityProperties().setRole(StandardRoles.H3);
        document.add(heading);
    }

    /** Marks every page with this word, large, light and diagonal, under the content (minutes not approved). */
    void watermark(String word) {
        this.watermark = word;
    }

    /** A running header at the top left of every page. */
    void header(String text) {
        this.header = text;
    }

    /**
     * Embeds a file as an associated file of the document (PDF/A-3 only): a machine-readable copy of what the
     * pages say, its relationship "Data".
     */
    void attach(String fileName, String description, String mimeType, byte[] content) {
        com.itextpdf.kernel.pdf.filespec.PdfFileSpec spec =
                com.itextpdf.kernel.pdf.filespec.PdfFileSpec.createEmbeddedFileSpec(
                        pdf,
                        content,
                        description,
                        fileName,
                        new com.itextpdf.kernel.pdf.PdfName(mimeType),
                        null,
                        com.itextpdf.kernel.pdf.PdfName.Data);
        pdf.addAssociatedFile(fileName, spec);
    }

    /** A section's heading, kept with what follows it. */
    void heading2(String text) {
        Paragraph heading = new Paragraph(text(text))
                .setFont(bold)
                .setFontSize(12)
                .setFontColor(NAVY)
                .setMarginTop(14)
                .setMarginBottom(6)
                .setBorderBottom(new SolidBorder(RULE, 0.6f))
                .setPaddingBottom(2)
                .setKeepWithNext(true);
        heading.getAccessibilityProperties().setRole(StandardRoles.H2);
        document.add(heading);
    }

    /** The meeting's title under the document's heading. */
    void lead(String text) {
        document.add(new Paragraph(text(text)).setFont(bold).setFontSize(12.5f).setMarginBottom(10));
    }

    Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph(text(text)).setMultipliedLeading(1.3f);
        document.add(paragraph);
        return paragraph;
    }

    void add(IBlockElement element) {
        document.add(element);
    }

    /** No "page X sur Y": for parts copied into a larger document (the meeting pack), where their own count would mislead. */
    void unnumbered() {
        numbered = false;
    }

    /** Starts a new page (the meeting pack puts its agenda on a page of its own). */
    void newPage() {
        document.add(new com.itextpdf.layout.element.AreaBreak(com.itextpdf.layout.properties.AreaBreakType.NEXT_PAGE));
    }

    /** The number of the page being written, from 1. */
    int pageNumber() {
        return pdf.getNumberOfPages();
    }

    /** Label and value pairs, the labels being row headers for assistive technologies. */
    void facts(List<String[]> facts) {
        Table table = new Table(UnitValue.createPercentArray(new float[] {24, 76}))
                .useAllAvailableWidth()
                .setMarginBottom(6);
        for (String[] fact : facts) {
            Cell label = new Cell()
                    .add(new Paragraph(text(fact[0])))
                    .setFont(bold)
                    .setFontSize(9.5f)
                    .setFontColor(MUTED)
                    .setBorder(Border.NO_BORDER)
                    .setPaddingLeft(0);
            label.getAccessibilityProperties().setRole(StandardRoles.TH);
            label.getAccessibilityProperties().addAttributes(scope("Row"));
            table.addCell(label);
            table.addCell(new Cell().add(new Paragraph(text(fact[1]))).setBorder(Border.NO_BORDER));
        }
        document.add(table);
    }

    /** A full-width table with these column headers (repeated on each page) and widths in percent. */
    Table table(float[] widths, String... headers) {
        return withHeaders(new Table(UnitValue.createPercentArray(widths)).useAllAvailableWidth(), headers);
    }

    /**
     * A table of many rows (the attendance of a large meeting, its action items), already in the document:
     * add its cells, then {@link #complete(Table)}. Its rows are laid out and drawn as they come, in groups,
     * instead of the whole table at once, which would keep every cell in memory until the end.
     */
    Table longTable(float[] widths, String... headers) {
        Table table =
                withHeaders(new Table(UnitValue.createPercentArray(widths), true).useAllAvailableWidth(), headers);
        document.add(table);
        return table;
    }

    /** Lays out the rows added since the last call, every {@value #LONG_TABLE_GROUP} rows. */
    void rowAdded(Table table, int rows) {
        if (rows % LONG_TABLE_GROUP == 0) {
            table.flush();
        }
    }

    void complete(Table table) {
        table.complete();
    }

    private Table withHeaders(Table table, String... headers) {
        for (String header : headers) {
            Cell cell = new Cell()
                    .add(new Paragraph(text(header)))
                    .setFont(bold)
                    .setFontSize(9)
                    .setBackgroundColor(HEADER_FILL)
                    .setBorder(new SolidBorder(RULE, 0.6f));
            cell.getAccessibilityProperties().addAttributes(scope("Column"));
            table.addHeaderCell(cell);
        }
        return table;
    }

    Cell cell(String text) {
        return bodyCell().add(new Paragraph(text(text == null ? "" : text)));
    }

    /** A body cell; a row is never split across two pages. */
    Cell bodyCell() {
        return new Cell()
                .setBorder(new SolidBorder(RULE, 0.6f))
                .setFontSize(9.5f)
                .setPadding(4)
                .setKeepTogether(true);
    }

    Paragraph small(String text, Color color) {
        return new Paragraph(text(text)).setFontSize(8.5f).setFontColor(color);
    }

    /** A paragraph not yet placed, for a cell or a block. */
    Paragraph line(String text) {
        return new Paragraph(text(text));
    }

    Paragraph strong(String text) {
        return new Paragraph(text(text)).setFont(bold);
    }

    PdfFont bold() {
        return bold;
    }

    private static PdfStructureAttributes scope(String scope) {
        return new PdfStructureAttributes("Table").addEnumAttribute("Scope", scope);
    }

    // --- the end ------------------------------------------------------------------------------------

    /** Writes the number of pages into every footer, closes the document and returns its bytes. */
    byte[] finish() {
        document.flush();
        try (Canvas total = new Canvas(totalPages, pdf)) {
            total.setFont(regular).setFontSize(FOOTER_SIZE).setFontColor(MUTED);
            total.showTextAligned(
                    new Paragraph(String.valueOf(pdf.getNumberOfPages())).setMargin(0),
                    0,
                    TOTAL_HEIGHT,
                    TextAlignment.LEFT,
                    VerticalAlignment.TOP);
        }
        document.close();
        return out.toByteArray();
    }

    /** The header, the footer, the demo mention and the watermark of a page that is full. */
    private void decorate(PdfPage page, int number) {
        Rectangle size = page.getPageSize();
        if (watermark != null) {
            drawWatermark(page, size);
        }
        PdfCanvas pdfCanvas = new PdfCanvas(page.newContentStreamAfter(), page.getResources(), pdf);
        pdfCanvas.openTag(new CanvasArtifact());
        pdfCanvas
                .setStrokeColor(RULE)
                .setLineWidth(0.6f)
                .moveTo(MARGIN_SIDE, MARGIN_BOTTOM - 22)
                .lineTo(size.getWidth() - MARGIN_SIDE, MARGIN_BOTTOM - 22)
                .stroke();
        try (Canvas canvas = new Canvas(pdfCanvas, size)) {
            canvas.setFont(regular).setFontColor(MUTED);
            canvas.showTextAligned(
                    new Paragraph(text(footer))
                            .setFontSize(FOOTER_SIZE)
                            .setMargin(0)
                            .setWidth(size.getWidth() - 2 * MARGIN_SIDE - 90),
                    MARGIN_SIDE,
                    MARGIN_BOTTOM - 28,
                    TextAlignment.LEFT,
                    VerticalAlignment.TOP);
            if (numbered) {
                // "page 3 sur " then the placeholder of the total: the text around {1} comes from the bundle.
                String[] parts = format("documents.page", number, TOTAL_MARK).split(TOTAL_MARK, -1);
                float right = size.getWidth() - MARGIN_SIDE;
                float totalWidth = regular.getWidth("000", FOOTER_SIZE);
                // A paragraph drops its trailing space: the gap before the total is left by hand.
                String before = parts[0].stripTrailing();
                float gap = before.length() < parts[0].length() ? regular.getWidth(" ", FOOTER_SIZE) : 0;
                canvas.showTextAligned(
                        new Paragraph(before).setFontSize(FOOTER_SIZE).setMargin(0),
                        right - totalWidth - gap,
                        MARGIN_BOTTOM - 28,
                        TextAlignment.RIGHT,
                        VerticalAlignment.TOP);
                pdfCanvas.addXObjectAt(totalPages, right - totalWidth, MARGIN_BOTTOM - 28 - TOTAL_HEIGHT);
            }
            if (illustrative) {
                canvas.showTextAligned(
                        new Paragraph(label("documents.demo"))
                                .setFont(bold)
                                .setFontSize(8.5f)
                                .setFontColor(ALERT)
                                .setBackgroundColor(ALERT_FILL)
                                .setBorder(new SolidBorder(ALERT, 0.8f))
                                .setPaddings(3, 8, 3, 8)
                                .setMargin(0),
                        size.getWidth() / 2,
                        size.getTop() - 22,
                        TextAlignment.CENTER,
                        VerticalAlignment.TOP);
            }
            if (header != null) {
                canvas.showTextAligned(
                        new Paragraph(text(header)).setFontSize(FOOTER_SIZE).setMargin(0),
                        // Below the demo mention when there is one, so that neither hides the other.
                        MARGIN_SIDE,
                        size.getTop() - (illustrative ? 44 : 24),
                        TextAlignment.LEFT,
                        VerticalAlignment.TOP);
            }
        }
        pdfCanvas.closeTag();
    }

    /** Drawn in a content stream placed before the page's own, so that the text stays on top of it and readable. */
    private void drawWatermark(com.itextpdf.kernel.pdf.PdfPage page, Rectangle size) {
        PdfCanvas under = new PdfCanvas(page.newContentStreamBefore(), page.getResources(), pdf);
        under.openTag(new CanvasArtifact());
        double angle = Math.toRadians(50);
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        float fontSize = 110;
        float width = bold.getWidth(watermark, fontSize);
        float x = size.getWidth() / 2 - (width / 2) * cos;
        float y = size.getHeight() / 2 - (width / 2) * sin;
        under.saveState()
                .beginText()
                .setFontAndSize(bold, fontSize)
                .setColor(WATERMARK, true)
                .setTextMatrix(cos, sin, -sin, cos, x, y)
                .showText(watermark)
                .endText()
                .restoreState();
        under.closeTag();
    }

    private static FontProgram font(String name) {
        try {
            return new SharedTrueTypeFont(resource(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = OfficialDocument.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource org/concerto/pdf/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
