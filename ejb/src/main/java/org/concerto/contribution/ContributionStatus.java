package org.concerto.contribution;

/** Where a contribution is in the secretariat's review. */
public enum ContributionStatus {
    SUBMITTED,
    ACCEPTED,
    RETURNED,
    WITHDRAWN
}
