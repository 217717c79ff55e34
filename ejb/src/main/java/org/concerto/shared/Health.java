package org.concerto.shared;

/** What the health check found. */
public class Health {

    private final boolean databaseUp;
    private final String schemaVersion;
    private final boolean storageUp;

    public Health(boolean databaseUp, String schemaVersion, boolean storageUp) {
        this.databaseUp = databaseUp;
        this.schemaVersion = schemaVersion;
        this.storageUp = storageUp;
    }

    /** Ready for work: the database answers on a migrated schema and the folder of files can be written. */
    public boolean isUp() {
        return databaseUp && schemaVersion != null && storageUp;
    }

    public boolean isStorageUp() {
        return storageUp;
    }

    public boolean isDatabaseUp() {
        return databaseUp;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }
}
