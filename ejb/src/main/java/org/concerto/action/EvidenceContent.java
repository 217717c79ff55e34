package org.concerto.action;

import java.io.InputStream;

/** An evidence file to download: its name, type, size and stream (closed by the reader). */
public class EvidenceContent {

    private final String fileName;
    private final String contentType;
    private final long size;
    private final InputStream stream;

    EvidenceContent(String fileName, String contentType, long size, InputStream stream) {
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
