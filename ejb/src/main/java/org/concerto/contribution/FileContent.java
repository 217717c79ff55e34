package org.concerto.contribution;

import java.io.InputStream;

/** A file being downloaded: its name, type and size, and the stream the caller must close. */
public class FileContent {

    private final String fileName;
    private final String contentType;
    private final long size;
    private final InputStream stream;

    FileContent(String fileName, String contentType, long size, InputStream stream) {
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
