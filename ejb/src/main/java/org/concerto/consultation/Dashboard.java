package org.concerto.consultation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The figures of a consultation so far: responses by state and by respondent type, and the closed questions' tallies. */
public class Dashboard {

    private final long submitted;
    private final long drafts;
    private final long withdrawn;
    private final Map<RespondentType, Long> byType;
    private final List<Tally> tallies;

    Dashboard(long submitted, long drafts, long withdrawn, Map<RespondentType, Long> byType, List<Tally> tallies) {
        this.submitted = submitted;
        this.drafts = drafts;
        this.withdrawn = withdrawn;
        this.byType = new LinkedHashMap<>(byType);
        this.tallies = List.copyOf(tallies);
    }

    public long getSubmitted() {
        return submitted;
    }

    public long getDrafts() {
        return drafts;
    }

    public long getWithdrawn() {
        return withdrawn;
    }

    /** Every respondent type, in order, with its count of submitted responses (zero included). */
    public Map<RespondentType, Long> getByType() {
        return byType;
    }

    public List<Map.Entry<RespondentType, Long>> getByTypeEntries() {
        return List.copyOf(byType.entrySet());
    }

    public List<Tally> getTallies() {
        return tallies;
    }
}
