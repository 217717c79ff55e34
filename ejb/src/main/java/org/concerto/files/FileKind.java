package org.concerto.files;

import java.util.Set;

/**
 * The kinds of document Concerto accepts, each recognised from its content (never from its name or the
 * browser's header) by {@link UploadInspection}. A feature says which kinds it takes.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    ODT("application/vnd.oasis.opendocument.text", "odt");

    /** What written contributions take: PDF, Word and OpenDocument texts. */
    public static final Set<FileKind> DOCUMENTS = Set.of(PDF, DOCX, ODT);

    private final String contentType;
    private final String extension;

    FileKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The type served on download: the one decided from the content. */
    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
