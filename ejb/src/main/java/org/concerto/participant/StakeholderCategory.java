package org.concerto.participant;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** Which side of the table an organisation sits on. */
public enum StakeholderCategory implements Localizable {
    REGULATOR,
    PATIENT_ASSOCIATION,
    HEALTH_PROFESSIONAL_BODY,
    MANUFACTURER,
    EXPERT_GROUP,
    OTHER;

    /** Its label in the bundle (enum.StakeholderCategory.*), as documents print it in their own language. */
    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
