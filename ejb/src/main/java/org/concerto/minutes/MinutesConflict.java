package org.concerto.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.concerto.shared.AbstractEntity;

/**
 * A save of a section refused because someone else had saved it in between: the text is kept here, shown next
 * to the current one, until the secretariat has merged what it wants and dismisses it. Nobody's words are lost.
 */
@Entity
@Table(name = "minutes_conflict")
public class MinutesConflict extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id", nullable = false)
    private MinutesSection section;

    @Column(nullable = false, length = 200)
    private String author;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    /** The section's version the author had started from. */
    @Column(name = "based_on_version", nullable = false)
    private long basedOnVersion;

    @Column(length = MinutesSection.SUMMARY_LENGTH)
    private String summary;

    @Column(length = MinutesSection.DECISION_LENGTH)
    private String decision;

    @Column(name = "minority_opinion", length = MinutesSection.MINORITY_LENGTH)
    private String minorityOpinion;

    @Column(name = "actions_decided", length = MinutesSection.ACTIONS_LENGTH)
    private String actionsDecided;

    @Column(length = 8000)
    private String positions;

    @Column(nullable = false)
    private boolean dismissed;

    protected MinutesConflict() {
        // for JPA
    }

    MinutesConflict(MinutesSection section, SectionText rejected, long basedOnVersion, String author, Instant at) {
        this.section = Objects.requireNonNull(section);
        this.author = author;
        this.submittedAt = at;
        this.basedOnVersion = basedOnVersion;
        // Kept whole, even beyond the section's limits: a conflicting draft is never refused for its length.
        this.summary = cut(rejected.getSummary(), MinutesSection.SUMMARY_LENGTH);
        this.decision = cut(rejected.getDecision(), MinutesSection.DECISION_LENGTH);
        this.minorityOpinion = cut(rejected.getMinorityOpinion(), MinutesSection.MINORITY_LENGTH);
        this.actionsDecided = cut(rejected.getActionsDecided(), MinutesSection.ACTIONS_LENGTH);
        this.positions = cut(rejected.positionsText(), 8000);
    }

    private static String cut(String text, int length) {
        return text == null || text.isBlank() ? null : text.length() > length ? text.substring(0, length) : text;
    }

    void dismiss() {
        this.dismissed = true;
    }

    public MinutesSection getSection() {
        return section;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public long getBasedOnVersion() {
        return basedOnVersion;
    }

    public String getSummary() {
        return summary;
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

    public String getPositions() {
        return positions;
    }

    public boolean isDismissed() {
        return dismissed;
    }
}
