package org.concerto.consultation;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** A response is a draft until submitted; a submitted one may be amended until closing, or withdrawn. */
public enum ResponseState implements Localizable {
    DRAFT,
    SUBMITTED,
    WITHDRAWN;

    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
