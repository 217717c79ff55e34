package org.concerto.pdf;

import java.time.Instant;
import org.concerto.shared.Localizable;

/**
 * What every document says about the meeting, as plain data (so that documents render without a
 * database): who convenes it, what, when and where, and whether it is demo data.
 *
 * @param regulator the convening body's name, as it heads the documents
 * @param format    in a room, online or both, printed in the document's language
 */
public record DocumentMeeting(
        Long id,
        String regulator,
        String title,
        String subject,
        String purpose,
        Instant startsAt,
        Instant endsAt,
        Localizable format,
        String venue,
        String onlineLink,
        boolean illustrative) {}
