package org.concerto.meeting;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** Where people meet: in a room, online, or both. */
public enum MeetingFormat implements Localizable {
    IN_PERSON,
    REMOTE,
    HYBRID;

    public boolean needsVenue() {
        return this != REMOTE;
    }

    public boolean needsOnlineLink() {
        return this != IN_PERSON;
    }

    /** Its label in the bundle (enum.MeetingFormat.*), as documents print it in their own language. */
    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
