package org.concerto.minutes;

import java.io.Serializable;
import java.time.Instant;

/** A conflicting draft kept beside the current text of a section. */
public class ConflictRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String author;
    private final Instant submittedAt;
    private final String summary;
    private final String positions;
    private final String decision;
    private final String minorityOpinion;
    private final String actionsDecided;

    public ConflictRow(
            Long id,
            String author,
            Instant submittedAt,
            String summary,
            String positions,
            String decision,
            String minorityOpinion,
            String actionsDecided) {
        this.id = id;
        this.author = author;
        this.submittedAt = submittedAt;
        this.summary = summary;
        this.positions = positions;
        this.decision = decision;
        this.minorityOpinion = minorityOpinion;
        this.actionsDecided = actionsDecided;
    }

    public Long getId() {
        return id;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSummary() {
        return summary;
    }

    public String getPositions() {
        return positions;
    }

    public String getDecision() {
        return decision;
    }

    public String getMinorityOpinion() {
        return minorityOpinion;
    }

    public String getActionsDecided() {
        return actionsDecided;
    }
}
