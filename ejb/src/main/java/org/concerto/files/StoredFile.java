package org.concerto.files;

/**
 * A file that passed {@link UploadInspection} and is kept in the {@link FileStore} under {@code storageKey};
 * it goes again if the caller's transaction rolls back.
 *
 * @param fileName the user's name for it, cleaned, for display and download only
 */
public record StoredFile(String storageKey, String fileName, FileKind kind, long size, String sha256) {

    public String contentType() {
        return kind.contentType();
    }
}
