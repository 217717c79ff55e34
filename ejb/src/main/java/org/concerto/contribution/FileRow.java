package org.concerto.contribution;

import org.concerto.files.FileKind;

/** A file of a contribution version as pages list it. */
public class FileRow {

    private final Long id;
    private final String fileName;
    private final FileKind kind;
    private final long size;
    private final String sha256;

    FileRow(ContributionFile file) {
        this.id = file.getId();
        this.fileName = file.getFile().fileName();
        this.kind = file.getFile().kind();
        this.size = file.getFile().size();
        this.sha256 = file.getFile().sha256();
    }

    public Long getId() {
        return id;
    }

    public String getFileName() {
        return fileName;
    }

    public FileKind getKind() {
        return kind;
    }

    public long getSize() {
        return size;
    }

    public long getKilobytes() {
        return (size + 1023) / 1024;
    }

    public String getSha256() {
        return sha256;
    }
}
