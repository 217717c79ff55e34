package org.concerto.pdf;

import java.time.Instant;
import java.util.List;

/** Everything Concerto holds about one person, as of one instant: what the export writes out. */
public final class PersonalData {

    private final long personId;
    private final String displayName;
    private final Instant exportedAt;
    private final String controller;
    private final List<DataSection> sections;

    public PersonalData(
            long personId, String displayName, Instant exportedAt, String controller, List<DataSection> sections) {
        this.personId = personId;
        this.displayName = displayName;
        this.exportedAt = exportedAt;
        this.controller = controller;
        this.sections = List.copyOf(sections);
    }

    public long getPersonId() {
        return personId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Instant getExportedAt() {
        return exportedAt;
    }

    /** The regulator, controller of the data. */
    public String getController() {
        return controller;
    }

    public List<DataSection> getSections() {
        return sections;
    }
}
