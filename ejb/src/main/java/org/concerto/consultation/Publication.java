package org.concerto.consultation;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** What the respondent allows the regulator to publish of their response. */
public enum Publication implements Localizable {
    NAMED,
    ANONYMOUS,
    NOT_PUBLISHED;

    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
