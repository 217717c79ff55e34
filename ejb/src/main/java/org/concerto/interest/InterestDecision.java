package org.concerto.interest;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.concerto.meeting.AgendaItem;
import org.concerto.participant.Person;
import org.concerto.shared.AbstractEntity;
import org.concerto.shared.BusinessException;
import org.concerto.shared.FieldName;
import org.concerto.shared.Texts;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * The secretariat's decision about one person flagged on one agenda item: takes part, or recused. One per
 * person and item; deciding again replaces it, with who decided and when, for the minutes.
 */
@Entity
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Table(
        name = "interest_decision",
        uniqueConstraints =
                @UniqueConstraint(
                        name = "uk_interest_decision",
                        columnNames = {"agenda_item_id", "person_id"}))
public class InterestDecision extends AbstractEntity {

    public static final int COMMENT_LENGTH = 1000;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem item;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private DecisionOutcome outcome;

    @Size(max = COMMENT_LENGTH) @Column(length = COMMENT_LENGTH)
    private String comment;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 100)
    private String decidedBy;

    protected InterestDecision() {
        // for JPA
    }

    public InterestDecision(AgendaItem item, Person person) {
        this.item = Objects.requireNonNull(item);
        this.person = Objects.requireNonNull(person);
    }

    public void decide(DecisionOutcome outcome, String comment, String decidedBy, Clock clock) {
        if (outcome == null) {
            throw new BusinessException("error.required", new FieldName("outcome"));
        }
        this.outcome = outcome;
        this.comment = Texts.optional(comment, "comment", COMMENT_LENGTH);
        this.decidedBy = Objects.requireNonNull(decidedBy);
        this.decidedAt = clock.instant();
    }

    public AgendaItem getItem() {
        return item;
    }

    public Person getPerson() {
        return person;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public String getComment() {
        return comment;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
