package org.concerto.pdf;

/** A rendered document and the name it is downloaded under. */
public final class PdfFile {

    public static final String CONTENT_TYPE = "application/pdf";

    private final String fileName;
    private final byte[] content;

    PdfFile(String fileName, byte[] content) {
        this.fileName = fileName;
        this.content = content.clone();
    }

    /** A document made outside this package from bytes this package rendered (the sealed minutes). */
    public static PdfFile of(String fileName, byte[] content) {
        return new PdfFile(fileName, content);
    }

    /** A readable name, possibly with accents ("feuille-d-émargement-2019-09-12.pdf"). */
    public String getFileName() {
        return fileName;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getContentType() {
        return CONTENT_TYPE;
    }
}
