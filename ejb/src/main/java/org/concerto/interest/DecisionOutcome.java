package org.concerto.interest;

/** What the secretariat decided for a person flagged on an agenda item. */
public enum DecisionOutcome {
    TAKES_PART,
    /** Déport: the person leaves the discussion and the vote on the item. */
    RECUSED
}
