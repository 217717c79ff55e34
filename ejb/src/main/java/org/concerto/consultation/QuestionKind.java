package org.concerto.consultation;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** How a question is answered. */
public enum QuestionKind implements Localizable {
    FREE_TEXT,
    SINGLE_CHOICE,
    MULTIPLE_CHOICE,
    AGREEMENT_SCALE;

    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
