package org.concerto.shared;

/**
 * Whether Concerto can write its files (CONCERTO_DATA_DIR/files). Asked by the health check ({@link HealthService})
 * and the secretariat's banner, answered by {@code org.concerto.files.StorageStatus}: an interface here so that
 * shared does not import files.
 */
public interface StorageCheck {

    /** Tries a small write in the folder of files now: true when it worked. */
    boolean writable();

    /** Whether the last write of a file failed and no write or check has worked since; asks nothing of the disk. */
    boolean unavailable();
}
