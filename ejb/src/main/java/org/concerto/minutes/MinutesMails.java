package org.concerto.minutes;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.concerto.mail.MailHtml;
import org.concerto.mail.OutgoingMail;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.Meeting;
import org.concerto.participant.Person;
import org.concerto.shared.Messages;
import org.concerto.shared.Settings;
import org.concerto.shared.Zones;

/** The mails of the minutes, each in the invitee's language: the draft to review, the approved minutes available. */
final class MinutesMails {

    private MinutesMails() {}

    static String minutesPage(long meetingId) {
        return Settings.publicUrl() + "meeting/minutes.xhtml?id=" + meetingId;
    }

    static OutgoingMail review(Invitation invitation, Instant deadline) {
        Person person = invitation.getPerson();
        Locale locale = person.getPreferredLanguage().locale();
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(Zones.DEFAULT)
                .format(deadline);
        return mail(
                invitation,
                "minutes.mail.review.subject",
                Messages.format(
                        locale,
                        "minutes.mail.review.body",
                        invitation.getMeeting().getTitle(),
                        when));
    }

    static OutgoingMail approved(Invitation invitation) {
        Locale locale = invitation.getPerson().getPreferredLanguage().locale();
        return mail(
                invitation,
                "minutes.mail.approved.subject",
                Messages.format(
                        locale,
                        "minutes.mail.approved.body",
                        invitation.getMeeting().getTitle()));
    }

    private static OutgoingMail mail(Invitation invitation, String subjectKey, String body) {
        Person person = invitation.getPerson();
        Meeting meeting = invitation.getMeeting();
        Locale locale = person.getPreferredLanguage().locale();
        String link = minutesPage(meeting.getId());
        String greeting = Messages.format(locale, "notice.greeting", person.getDisplayName());
        String signature = Messages.format(locale, "notice.signature");
        String text = greeting + "\n\n" + body + "\n\n" + link + "\n\n" + signature + "\n";
        String html = "<!DOCTYPE html><html lang=\"" + locale.getLanguage()
                + "\"><body style=\"font-family:sans-serif;line-height:1.5\"><p>"
                + MailHtml.escape(greeting) + "</p><p>" + MailHtml.escape(body) + "</p><p><a href=\""
                + MailHtml.escape(link) + "\">"
                + MailHtml.escape(link) + "</a></p><p>"
                + MailHtml.escape(signature).replace("\n", "<br>") + "</p></body></html>";
        return new OutgoingMail(
                person.getEmail(),
                person.getPreferredLanguage(),
                Messages.format(locale, subjectKey, meeting.getTitle()),
                text,
                html);
    }
}
