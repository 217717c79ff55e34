package org.concerto.participant;

/** Which side of the table an organisation sits on. */
public enum StakeholderCategory {
    REGULATOR,
    PATIENT_ASSOCIATION,
    HEALTH_PROFESSIONAL_BODY,
    MANUFACTURER,
    EXPERT_GROUP,
    OTHER
}
