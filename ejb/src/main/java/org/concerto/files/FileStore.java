package org.concerto.files;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Settings;

/**
 * Files live in a folder (CONCERTO_DATA_DIR/files), not in the database: they are streamed in and
 * out without ever being held whole in memory, and a backup of the data folder takes them with the
 * embedded database (with PostgreSQL, back that folder up beside the database dump, see README).
 * The name on disk is a random key: what the user called the file is never used as a path.
 */
@ApplicationScoped
public class FileStore {

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private StorageStatus status;

    /** A file received but not yet kept: checked first, then {@link #keep kept} or {@link #discard discarded}. */
    public record Upload(Path path, long size, String sha256) {}

    public Upload receive(InputStream in, long maxBytes) {
        Path temp = null;
        try {
            Path root = root();
            Files.createDirectories(root);
            temp = Files.createTempFile(root, "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = readFrom(in, buffer); read >= 0; read = readFrom(in, buffer)) {
                    size += read;
                    if (size > maxBytes) {
                        break;
                    }
                    out.write(buffer, 0, read);
                }
            }
            status.worked();
            if (size > maxBytes) {
                Files.deleteIfExists(temp);
                throw new BusinessException("error.file.tooLarge", maxBytes / (1024 * 1024));
            }
            if (size == 0) {
                Files.deleteIfExists(temp);
                throw new BusinessException("error.file.empty");
            }
            return new Upload(temp, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw unavailable(e);
        } catch (UncheckedIOException e) {
            deleteQuietly(temp);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads from the sender: a failure there (an upload cut short) is the sender's, not the storage's. */
    private static int readFrom(InputStream in, byte[] buffer) {
        try {
            return in.read(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The folder of files cannot be written (full disk, read-only folder, gone): "storage unavailable, nothing was
     * saved" for the user (a refusal, so the transaction rolls back), SEVERE in the log and the health check's
     * readiness down for whoever runs the server, a banner for the secretariat ({@link StorageStatus}).
     */
    private BusinessException unavailable(IOException cause) {
        status.failed(cause);
        return new BusinessException("error.storage.unavailable");
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException | RuntimeException ignored) {
                // the storage is failing already: what could not be written is not there to keep
            }
        }
    }

    /** Writes a file Concerto makes itself (a meeting pack) the same way: streamed to disk, measured and fingerprinted. */
    public Upload write(Writer writer) {
        try {
            Path root = root();
            Files.createDirectories(root);
            Path temp = Files.createTempFile(root, "made-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                writer.writeTo(out);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(temp);
                throw e;
            }
            status.worked();
            return new Upload(temp, Files.size(temp), HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            throw unavailable(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the content of a file being made. */
    @FunctionalInterface
    public interface Writer {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Keeps a checked upload and returns its key; the file goes again if the transaction rolls back. */
    public String keep(Upload upload) {
        String key = UUID.randomUUID().toString();
        try {
            Files.move(upload.path(), root().resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(upload.path());
            throw unavailable(e);
        }
        afterCompletion(committed -> {
            if (!committed) {
                delete(key);
            }
        });
        return key;
    }

    /** Deletes a kept file once the transaction that forgets it has committed (never before: a rollback keeps it). */
    public void deleteAfterCommit(String key) {
        afterCompletion(committed -> {
            if (committed) {
                delete(key);
            }
        });
    }

    private void afterCompletion(java.util.function.Consumer<Boolean> action) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                action.accept(status == Status.STATUS_COMMITTED);
            }
        });
    }

    public void discard(Upload upload) {
        try {
            Files.deleteIfExists(upload.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public InputStream open(String key) throws IOException {
        return Files.newInputStream(path(key));
    }

    /**
     * Where a kept file is, for readers that need random access (a PDF is read from its end, so merging
     * one from a stream would load it whole into memory). Read only: writing goes through this class.
     */
    public Path locate(String key) {
        return path(key);
    }

    private void delete(String key) {
        try {
            Files.deleteIfExists(path(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String key) {
        // Keys are UUIDs made here; anything else never reaches the disk.
        return root().resolve(UUID.fromString(key).toString());
    }

    /** The folder of kept files: what a backup must take along with the database (see README). */
    public static Path root() {
        return Settings.get("concerto.data.dir")
                .map(Path::of)
                .orElseGet(() -> Path.of(
                        System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "concerto"))
                .resolve("files");
    }
}
