package org.concerto.consultation;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** What the secretariat decided of a consultation; whether it is open follows from its dates (see Phase). */
public enum ConsultationStatus implements Localizable {
    DRAFT,
    PUBLISHED,
    CANCELLED;

    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
