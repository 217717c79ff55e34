package org.concerto.pdf;

import org.concerto.meeting.MeetingRole;
import org.concerto.participant.Language;

/** The invitee a notice of meeting is addressed to, in their preferred language. */
public record Addressee(Long personId, String name, String jobTitle, String organisation, MeetingRole role, Language language) {
}
