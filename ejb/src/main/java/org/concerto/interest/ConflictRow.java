package org.concerto.interest;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One flagged person on one item and what was decided. For participants only recusals are listed, and
 * without the tie: others' declarations are not theirs to read.
 */
public class ConflictRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long itemId;
    private final long personId;
    private final String personName;
    private String organisationName;
    private boolean structural;
    private InterestNature nature;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private DecisionOutcome outcome;
    private String comment;
    private Long decisionVersion;

    ConflictRow(long itemId, long personId, String personName) {
        this.itemId = itemId;
        this.personId = personId;
        this.personName = personName;
    }

    void tie(String organisationName, ConflictDetection.Flag flag) {
        this.organisationName = organisationName;
        this.structural = flag.structural();
        if (!flag.structural()) {
            this.nature = flag.tie().nature();
            this.startsOn = flag.tie().startsOn();
            this.endsOn = flag.tie().endsOn();
        }
    }

    void decided(DecisionOutcome outcome, String comment, long version) {
        this.outcome = outcome;
        this.comment = comment;
        this.decisionVersion = version;
    }

    /** What a participant may read: who is recused from the item, not why (the comment may say why). */
    ConflictRow withoutTie() {
        ConflictRow row = new ConflictRow(itemId, personId, personName);
        row.outcome = outcome;
        return row;
    }

    /** Identifies the row in a page (one per item and person). */
    public String getKey() {
        return itemId + "-" + personId;
    }

    public long getItemId() {
        return itemId;
    }

    public long getPersonId() {
        return personId;
    }

    public String getPersonName() {
        return personName;
    }

    /** Null when the person is no longer flagged (a declaration was corrected after the decision). */
    public String getOrganisationName() {
        return organisationName;
    }

    public boolean isFlagged() {
        return organisationName != null;
    }

    public boolean isStructural() {
        return structural;
    }

    public InterestNature getNature() {
        return nature;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public DecisionOutcome getOutcome() {
        return outcome;
    }

    public boolean isRecused() {
        return outcome == DecisionOutcome.RECUSED;
    }

    public String getComment() {
        return comment;
    }

    /** The version of the decision shown, null while none was recorded: deciding again carries it. */
    public Long getDecisionVersion() {
        return decisionVersion;
    }
}
