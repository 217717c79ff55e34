package org.concerto.agenda;

import java.io.InputStream;

/** A document being downloaded: its name, type and size, and the stream the caller must close. */
public class AttachmentContent {

    private final String fileName;
    private final String contentType;
    private final long size;
    private final InputStream stream;

    AttachmentContent(String fileName, String contentType, long size, InputStream stream) {
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.stream = stream;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSize() {
        return size;
    }

    public InputStream getStream() {
        return stream;
    }
}
