package org.concerto.participant;

import java.io.Serializable;
import java.util.List;

/** What an import file would do: the people it would add and every line it would leave out, with the reason. */
public class ImportPreview implements Serializable {

    private static final long serialVersionUID = 1L;

    private final char separator;
    private final List<ImportedPerson> accepted;
    private final List<ImportProblem> refused;

    ImportPreview(char separator, List<ImportedPerson> accepted, List<ImportProblem> refused) {
        this.separator = separator;
        this.accepted = List.copyOf(accepted);
        this.refused = List.copyOf(refused);
    }

    /** ',' or ';', as detected from the header line. */
    public String getSeparator() {
        return String.valueOf(separator);
    }

    public List<ImportedPerson> getAccepted() {
        return accepted;
    }

    public List<ImportProblem> getRefused() {
        return refused;
    }
}
