package org.concerto.consultation;

import java.time.Instant;
import java.util.Locale;
import org.concerto.shared.Localizable;
import org.concerto.shared.Messages;

/** Where a consultation stands at an instant: its status and, once published, its dates. */
public enum Phase implements Localizable {
    DRAFT,
    SCHEDULED,
    OPEN,
    CLOSED,
    CANCELLED;

    /** The phase of a consultation of that status and those dates, at that instant: the one rule, for entity and rows. */
    public static Phase of(ConsultationStatus status, Instant opensAt, Instant closesAt, Instant now) {
        return switch (status) {
            case DRAFT -> DRAFT;
            case CANCELLED -> CANCELLED;
            case PUBLISHED -> now.isBefore(opensAt) ? SCHEDULED : now.isBefore(closesAt) ? OPEN : CLOSED;
        };
    }

    @Override
    public String toString(Locale locale) {
        return Messages.label(locale, this);
    }
}
