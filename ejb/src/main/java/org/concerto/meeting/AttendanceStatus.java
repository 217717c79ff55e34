package org.concerto.meeting;

import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** Whether an invitee took part in the meeting, as the secretariat records it on the day. */
public enum AttendanceStatus implements Localizable {
    PRESENT,
    REMOTE,
    EXCUSED,
    ABSENT;

    /** Only someone who took part, in the room or remotely, has arrival and departure times. */
    public boolean tookPart() {
        return this == PRESENT || this == REMOTE;
    }

    /** Its label in the bundle (enum.AttendanceStatus.*), as documents print it in their own language. */
    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
