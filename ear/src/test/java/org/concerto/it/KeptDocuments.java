package org.concerto.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The documents that anonymisation and the retention schedule must leave byte for byte as they were: every
 * file Concerto stored on disk (agenda documents, and any generated document kept there), by path and SHA-256.
 * A document kept in the database joins with {@link #with}: e.g. the approved minutes, as
 * {@code KeptDocuments.snapshot().with("minutes-" + id, () -> fixtures.approvedMinutesPdf(id))}.
 */
public final class KeptDocuments {

    private final Map<String, String> fingerprints = new TreeMap<>();

    private KeptDocuments() {}

    public static KeptDocuments snapshot() {
        KeptDocuments documents = new KeptDocuments();
        Path root = Path.of(System.getenv("CONCERTO_DATA_DIR"), "files");
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(Files::isRegularFile)
                        .forEach(file ->
                                documents.fingerprints.put(root.relativize(file).toString(), sha256(read(file))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return documents;
    }

    public KeptDocuments with(String name, Supplier<byte[]> content) {
        fingerprints.put(name, sha256(content.get()));
        return this;
    }

    /** Path (or name) and SHA-256 of each document. */
    public Map<String, String> fingerprints() {
        return fingerprints;
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
