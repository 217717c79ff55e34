package org.concerto.files;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.Objects;

/**
 * A file that passed {@link UploadInspection} and is kept in the {@link FileStore} under {@code storageKey};
 * it goes again if the caller's transaction rolls back. Embedded, as it is, by every record that keeps a
 * file (agenda documents, contributions' files, action evidence): the same columns in each table.
 */
@Embeddable
public class StoredFile {

    /** The user's name for it, cleaned, for display and download only. */
    @Column(name = "file_name", nullable = false, length = 150)
    private String fileName;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "storage_key", nullable = false, unique = true, length = 36)
    private String storageKey;

    /** Stored by name; agenda documents and evidence store its content type instead (see {@link KindAsContentType}). */
    @Convert(converter = KindAsName.class)
    @Column(nullable = false, length = 10)
    private FileKind kind;

    protected StoredFile() {
        // for JPA
    }

    public StoredFile(String storageKey, String fileName, FileKind kind, long size, String sha256) {
        this.storageKey = Objects.requireNonNull(storageKey);
        this.fileName = Objects.requireNonNull(fileName);
        this.kind = Objects.requireNonNull(kind);
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256);
    }

    public String storageKey() {
        return storageKey;
    }

    public String fileName() {
        return fileName;
    }

    public FileKind kind() {
        return kind;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public String contentType() {
        return kind.contentType();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StoredFile file
                && size == file.size
                && Objects.equals(storageKey, file.storageKey)
                && Objects.equals(fileName, file.fileName)
                && kind == file.kind
                && Objects.equals(sha256, file.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(storageKey, fileName, kind, size, sha256);
    }

    @Override
    public String toString() {
        return fileName;
    }

    /** The kind as its name ({@code PDF}), in a short column. */
    public static class KindAsName implements AttributeConverter<FileKind, String> {

        @Override
        public String convertToDatabaseColumn(FileKind kind) {
            return kind == null ? null : kind.name();
        }

        @Override
        public FileKind convertToEntityAttribute(String name) {
            return name == null ? null : FileKind.valueOf(name);
        }
    }

    /** The kind as the content type it is served with ({@code application/pdf}), as the older tables keep it. */
    public static class KindAsContentType implements AttributeConverter<FileKind, String> {

        @Override
        public String convertToDatabaseColumn(FileKind kind) {
            return kind == null ? null : kind.contentType();
        }

        @Override
        public FileKind convertToEntityAttribute(String contentType) {
            return contentType == null
                    ? null
                    : Arrays.stream(FileKind.values())
                            .filter(k -> k.contentType().equals(contentType))
                            .findFirst()
                            .orElseThrow(() -> new IllegalStateException("Not a kind Concerto keeps: " + contentType));
        }
    }
}
