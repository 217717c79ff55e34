package org.concerto.meeting;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** What an agenda item is for. */
public enum AgendaItemKind implements Localizable {
    INFORMATION,
    DISCUSSION,
    CONSULTATION,
    DECISION;

    /** Its label in the bundle (enum.AgendaItemKind.*), as documents print it in their own language. */
    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
