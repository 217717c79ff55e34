package org.concerto.pdf;

import java.time.Instant;
import org.concerto.shared.Localizable;

/**
 * One agenda item as documents print it, numbered by its place in the list handed over; its times come
 * computed by the meeting's timetable over that same list.
 *
 * @param kind what the item is for, printed in the document's language
 */
public record AgendaLine(
        String title,
        String description,
        Localizable kind,
        String presenterName,
        String presenterOrganisation,
        int plannedMinutes,
        boolean confidential,
        Instant startsAt,
        Instant endsAt) {}
