package org.concerto.shared;

/** What the health check found. */
public class Health {

    private final boolean databaseUp;
    private final String schemaVersion;

    public Health(boolean databaseUp, String schemaVersion) {
        this.databaseUp = databaseUp;
        this.schemaVersion = schemaVersion;
    }

    public boolean isUp() {
        return databaseUp && schemaVersion != null;
    }

    public boolean isDatabaseUp() {
        return databaseUp;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }
}
