package org.concerto.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;
import org.concerto.shared.StorageCheck;

/**
 * Whether the folder of files can be written: set by every write of {@link FileStore} (a failed one marks the
 * storage unavailable, a successful one available again) and by {@link #writable()}, which the health check calls.
 * The first failure is logged at SEVERE in concerto.log, once until the storage works again.
 */
@ApplicationScoped
public class StorageStatus implements StorageCheck {

    private static final Logger LOG = Logger.getLogger(StorageStatus.class.getName());

    private volatile boolean failing;

    @Override
    public boolean writable() {
        try {
            Path root = FileStore.root();
            Files.createDirectories(root);
            Path probe = Files.createTempFile(root, "probe-", ".part");
            try {
                Files.write(probe, new byte[] {1});
            } finally {
                Files.deleteIfExists(probe);
            }
            worked();
            return true;
        } catch (IOException | RuntimeException e) {
            failed(e);
            return false;
        }
    }

    @Override
    public boolean unavailable() {
        return failing;
    }

    /** A write failed: the storage is unavailable until a write works again. */
    void failed(Exception cause) {
        if (!failing) {
            LOG.severe(() -> "Storage unavailable: files cannot be written in " + FileStore.root() + " (" + cause
                    + "); nothing is saved that needs a file until it is fixed (full disk, read-only folder?)");
        }
        failing = true;
    }

    void worked() {
        if (failing) {
            LOG.info(() -> "Storage available again: " + FileStore.root());
        }
        failing = false;
    }
}
