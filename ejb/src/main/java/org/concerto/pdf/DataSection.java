package org.concerto.pdf;

import java.util.List;

/** A kind of data held about a person ("invitations", "declaredInterests"…) and its records. */
public final class DataSection {

    private final String name;
    private final List<DataRecord> records;

    public DataSection(String name, List<DataRecord> records) {
        this.name = name;
        this.records = List.copyOf(records);
    }

    /** The section's name, also its key in the JSON export and in the bundle (privacy.section.*). */
    public String getName() {
        return name;
    }

    public List<DataRecord> getRecords() {
        return records;
    }
}
