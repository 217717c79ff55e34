package org.concerto.minutes;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.concerto.meeting.AgendaItem;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * The part of the minutes about one agenda item: what was said, the positions by organisation, the decision
 * or outcome, the vote if there was one, and the actions decided. Its version guards each section on its own,
 * so that two people writing different sections never disturb each other.
 */
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "minutes_section")
public class MinutesSection extends AbstractEntity {

    public static final int SUMMARY_LENGTH = 8000;
    public static final int DECISION_LENGTH = 4000;
    public static final int MINORITY_LENGTH = 2000;
    public static final int ACTIONS_LENGTH = 4000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "minutes_id", nullable = false)
    private Minutes minutes;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem item;

    @Column(nullable = false)
    private int position;

    @Size(max = SUMMARY_LENGTH) @Column(length = SUMMARY_LENGTH)
    private String summary;

    @Size(max = DECISION_LENGTH) @Column(length = DECISION_LENGTH)
    private String decision;

    @Column(name = "votes_for")
    private Integer votesFor;

    @Column(name = "votes_against")
    private Integer votesAgainst;

    private Integer abstentions;

    @Size(max = MINORITY_LENGTH) @Column(name = "minority_opinion", length = MINORITY_LENGTH)
    private String minorityOpinion;

    /** One action per line, "what – who – when": the record of the actions decided until they become action items. */
    @Size(max = ACTIONS_LENGTH) @Column(name = "actions_decided", length = ACTIONS_LENGTH)
    private String actionsDecided;

    @NotAudited
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "minutes_position", joinColumns = @JoinColumn(name = "section_id"))
    @OrderColumn(name = "position")
    private List<PositionStatement> positions = new ArrayList<>();

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "updated_by", length = 200)
    private String updatedBy;

    protected MinutesSection() {
        // for JPA
    }

    MinutesSection(Minutes minutes, AgendaItem item, int position) {
        this.minutes = Objects.requireNonNull(minutes);
        this.item = Objects.requireNonNull(item);
        this.position = position;
    }

    /** Writes the section while the minutes are a draft or in review. */
    public void write(SectionText text, String author, Clock clock) {
        minutes.requireEditable();
        apply(text, author, clock);
    }

    /** Changes the section of approved minutes: only as a correction, which makes a new version with its reason. */
    public void correct(SectionText text, String reason, String author, Clock clock) {
        minutes.requireCorrectable(reason);
        apply(text, author, clock);
    }

    private void apply(SectionText text, String author, Clock clock) {
        Integer inFavour = text.getVotesFor();
        Integer against = text.getVotesAgainst();
        Integer abstaining = text.getAbstentions();
        boolean anyVote = inFavour != null || against != null || abstaining != null;
        if (anyVote && (inFavour == null || against == null || abstaining == null)) {
            throw new BusinessException("error.minutes.votesIncomplete");
        }
        if (anyVote && (inFavour < 0 || against < 0 || abstaining < 0)) {
            throw new BusinessException("error.minutes.votesNegative");
        }
        List<PositionStatement> checked = new ArrayList<>();
        for (PositionStatement statement : text.getPositions()) {
            if ((statement.getOrganisation() == null
                            || statement.getOrganisation().isBlank())
                    && (statement.getStatement() == null
                            || statement.getStatement().isBlank())) {
                continue;
            }
            checked.add(new PositionStatement(
                    Texts.required(statement.getOrganisation(), "organisation", PositionStatement.ORGANISATION_LENGTH),
                    Texts.required(statement.getStatement(), "position", PositionStatement.STATEMENT_LENGTH)));
        }
        this.summary = Texts.optional(text.getSummary(), "summary", SUMMARY_LENGTH);
        this.decision = Texts.optional(text.getDecision(), "decision", DECISION_LENGTH);
        this.votesFor = inFavour;
        this.votesAgainst = against;
        this.abstentions = abstaining;
        this.minorityOpinion =
                anyVote ? Texts.optional(text.getMinorityOpinion(), "minorityOpinion", MINORITY_LENGTH) : null;
        this.actionsDecided = Texts.optional(text.getActionsDecided(), "actionsDecided", ACTIONS_LENGTH);
        this.positions.clear();
        this.positions.addAll(checked);
        this.updatedAt = clock.instant();
        this.updatedBy = author;
    }

    /** A participant's comment on this section, while the review is open; the caller persists it. */
    public MinutesComment comment(org.concerto.participant.Person person, String author, String body, Clock clock) {
        return new MinutesComment(this, person, author, body, clock);
    }

    /** What the section says now, as a form fills it. */
    public SectionText text() {
        return new SectionText(
                summary, positions, decision, votesFor, votesAgainst, abstentions, minorityOpinion, actionsDecided);
    }

    public Minutes getMinutes() {
        return minutes;
    }

    public AgendaItem getItem() {
        return item;
    }

    public int getPosition() {
        return position;
    }

    public String getSummary() {
        return summary;
    }

    public String getDecision() {
        return decision;
    }

    public Integer getVotesFor() {
        return votesFor;
    }

    public Integer getVotesAgainst() {
        return votesAgainst;
    }

    public Integer getAbstentions() {
        return abstentions;
    }

    public String getMinorityOpinion() {
        return minorityOpinion;
    }

    public String getActionsDecided() {
        return actionsDecided;
    }

    public List<PositionStatement> getPositions() {
        return Collections.unmodifiableList(positions);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
