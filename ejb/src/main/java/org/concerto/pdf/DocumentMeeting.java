package org.concerto.pdf;

import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingFormat;

import java.time.Instant;

/**
 * What every document says about the meeting, as plain data (so that documents render without a
 * database): who convenes it, what, when and where, and whether it is demo data.
 *
 * @param regulator the convening body's name, as it heads the documents
 */
public record DocumentMeeting(Long id, String regulator, String title, String subject, String purpose, Instant startsAt,
                              Instant endsAt, MeetingFormat format, String venue, String onlineLink, boolean illustrative) {

    public static DocumentMeeting of(MeetingDetails details, String regulator) {
        return new DocumentMeeting(details.getId(), regulator, details.getTitle(), details.getSubject(), details.getPurpose(),
                details.getStartsAt(), details.getEndsAt(), details.getFormat(), details.getVenue(), details.getOnlineLink(),
                details.isIllustrative());
    }
}
