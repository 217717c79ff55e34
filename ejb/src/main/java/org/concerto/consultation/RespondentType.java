package org.concerto.consultation;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** Who answers, as the respondent declares it; the figures of the analysis are given per type. */
public enum RespondentType implements Localizable {
    PATIENT,
    HEALTH_PROFESSIONAL,
    MANUFACTURER,
    EXPERT,
    PUBLIC_BODY,
    INDIVIDUAL,
    OTHER;

    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
