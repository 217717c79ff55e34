package org.concerto.consultation;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** Who may answer a consultation: the people invited to it, or anyone with a confirmed e-mail address. */
public enum Audience implements Localizable {
    RESTRICTED,
    PUBLIC;

    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
