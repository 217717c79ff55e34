package org.concerto.interest;

/** What kind of tie a person declares with an organisation. */
public enum InterestNature {
    EMPLOYMENT,
    CONSULTANCY,
    RESEARCH_FUNDING,
    SHARES,
    SPEAKING_FEES,
    OTHER
}
