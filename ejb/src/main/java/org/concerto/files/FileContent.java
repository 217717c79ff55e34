package org.concerto.files;

import java.io.InputStream;

/**
 * A stored file being downloaded (an agenda document, a contribution file, a meeting pack, action evidence):
 * its name, type and size, and the stream the caller must close.
 */
public class FileContent {

    private final String fileName;
    private final String contentType;
    private final long size;
    private final InputStream stream;

    public FileContent(String fileName, String contentType, long size, InputStream stream) {
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
