package org.concerto.meeting;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** The part an invitee plays in one meeting. */
public enum MeetingRole implements Localizable {
    CHAIR,
    SECRETARIAT,
    PARTICIPANT,
    EXPERT,
    OBSERVER;

    /** Its label in the bundle (enum.MeetingRole.*), as documents print it in their own language. */
    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
