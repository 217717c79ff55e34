package org.concerto.convening;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.concerto.mail.CalendarEvent;
import org.concerto.mail.CalendarInvitations;
import org.concerto.mail.MailHtml;
import org.concerto.mail.OutgoingMail;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.Invitation;
import org.concerto.meeting.Meeting;
import org.concerto.meeting.Timetable;
import org.concerto.participant.Language;
import org.concerto.participant.Person;
import org.concerto.shared.Messages;
import org.concerto.shared.Settings;
import org.concerto.shared.Zones;

/**
 * Writes the mails of convening, each in the invitee's language: the notice of meeting (date in
 * Paris time, place or link, agenda with its times, answer link) and its calendar invitation.
 */
final class Notices {

    private Notices() {}

    static String answerLink(Invitation invitation) {
        return Settings.publicUrl() + "invitation/answer.xhtml?token=" + invitation.answerToken();
    }

    static OutgoingMail write(NoticeKind kind, Invitation invitation, Person namedBy, Instant now) {
        Meeting meeting = invitation.getMeeting();
        Person invitee = invitation.getPerson();
        Language language = invitee.getPreferredLanguage();
        Locale locale = language.locale();
        String title = meeting.getTitle();

        String subject = Messages.format(locale, "notice.subject." + kind.key(), title);
        String intro = kind == NoticeKind.SUBSTITUTE
                ? Messages.format(
                        locale, "notice.intro.substitute", title, namedBy == null ? "" : namedBy.getDisplayName())
                : Messages.format(locale, "notice.intro." + kind.key(), title);
        String when = Messages.format(locale, "notice.when", span(meeting, locale));
        String where = location(meeting, locale);
        List<String> agenda = kind == NoticeKind.CANCEL ? List.of() : agendaLines(meeting, locale);
        String answer =
                kind == NoticeKind.CANCEL ? null : Messages.format(locale, "notice.answer", answerLink(invitation));
        String calendar = kind == NoticeKind.REMIND
                ? null
                : Messages.format(locale, "notice.calendar", CalendarInvitations.FILE_NAME);

        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        paragraph(text, html, Messages.format(locale, "notice.greeting", invitee.getDisplayName()));
        paragraph(text, html, intro);
        paragraph(text, html, when + "\n" + where);
        if (!agenda.isEmpty()) {
            String heading = Messages.format(locale, "notice.agenda");
            text.append(heading).append('\n');
            html.append("<h2 style=\"font-size:1.1em\">")
                    .append(MailHtml.escape(heading))
                    .append("</h2><ol>");
            for (String line : agenda) {
                text.append("  ").append(line).append('\n');
                html.append("<li>").append(MailHtml.escape(line)).append("</li>");
            }
            text.append('\n');
            html.append("</ol>");
        }
        if (answer != null) {
            String link = answerLink(invitation);
            text.append(answer).append("\n\n");
            html.append("<p>")
                    .append(MailHtml.escape(answer.replace(link, "").trim()))
                    .append(" <a href=\"")
                    .append(MailHtml.escape(link))
                    .append("\">")
                    .append(MailHtml.escape(Messages.format(locale, "notice.answer.button")))
                    .append("</a></p>");
        }
        if (calendar != null) {
            paragraph(text, html, calendar);
        }
        paragraph(text, html, Messages.format(locale, "notice.signature"));
        html.append("</body></html>");

        OutgoingMail mail = new OutgoingMail(
                invitee.getEmail(), language, subject, text.toString().strip() + "\n", html.toString());
        if (kind != NoticeKind.REMIND) {
            CalendarEvent event = event(invitation, locale, agenda);
            boolean cancel = kind == NoticeKind.CANCEL;
            mail.attach(
                    CalendarInvitations.FILE_NAME,
                    CalendarInvitations.contentType(cancel),
                    cancel ? CalendarInvitations.cancel(event, now) : CalendarInvitations.request(event, now));
        }
        return mail;
    }

    private static CalendarEvent event(Invitation invitation, Locale locale, List<String> agenda) {
        Meeting meeting = invitation.getMeeting();
        String organizerEmail = Settings.get("concerto.mail.from").orElse("concerto@localhost");
        String description = agenda.isEmpty()
                ? meeting.getPurpose()
                : Messages.format(locale, "notice.agenda") + "\n" + String.join("\n", agenda) + "\n\n"
                        + answerLink(invitation);
        return new CalendarEvent(
                meeting.calendarUid(),
                meeting.getCalendarSequence(),
                meeting.getSchedule().getStartsAt(),
                meeting.getSchedule().getEndsAt(),
                meeting.getTitle(),
                description,
                place(meeting),
                Messages.format(locale, "notice.organizer"),
                organizerEmail,
                invitation.getPerson().getDisplayName(),
                invitation.getPerson().getEmail());
    }

    /** Venue, link, or both for a hybrid meeting. */
    static String place(Meeting meeting) {
        if (meeting.getVenue() != null && meeting.getOnlineLink() != null) {
            return meeting.getVenue() + " / " + meeting.getOnlineLink();
        }
        return meeting.getVenue() != null ? meeting.getVenue() : meeting.getOnlineLink();
    }

    private static String location(Meeting meeting, Locale locale) {
        StringBuilder where = new StringBuilder();
        if (meeting.getVenue() != null) {
            where.append(Messages.format(locale, "notice.where", meeting.getVenue()));
        }
        if (meeting.getOnlineLink() != null) {
            if (where.length() > 0) {
                where.append('\n');
            }
            where.append(Messages.format(locale, "notice.link", meeting.getOnlineLink()));
        }
        return where.toString();
    }

    private static List<String> agendaLines(Meeting meeting, Locale locale) {
        Timetable timetable = meeting.timetable();
        List<AgendaItem> items = meeting.getAgenda();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(Zones.DEFAULT);
        return java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> time.format(timetable.slots().get(i).start()) + " – "
                        + time.format(timetable.slots().get(i).end()) + "  " + (i + 1) + ". "
                        + items.get(i).getTitle() + " ("
                        + Messages.label(locale, items.get(i).getKind()) + ")")
                .toList();
    }

    /** "jeudi 12 septembre 2019, 14:00 – 17:30 (heure de Paris)"; British order and 24-hour clock in English. */
    static String span(Meeting meeting, Locale locale) {
        Locale dates = "en".equals(locale.getLanguage()) ? Locale.UK : locale;
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL)
                .withLocale(dates)
                .withZone(Zones.DEFAULT);
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", dates).withZone(Zones.DEFAULT);
        Instant start = meeting.getSchedule().getStartsAt();
        Instant end = meeting.getSchedule().getEndsAt();
        boolean sameDay = start.atZone(Zones.DEFAULT)
                .toLocalDate()
                .equals(end.atZone(Zones.DEFAULT).toLocalDate());
        String text = sameDay
                ? date.format(start) + ", " + time.format(start) + " – " + time.format(end)
                : date.format(start) + " " + time.format(start) + " – " + date.format(end) + " " + time.format(end);
        return text + " " + Messages.get(locale, "notice.zone");
    }

    private static void paragraph(StringBuilder text, StringBuilder html, String content) {
        if (content == null || content.isBlank()) {
            return;
        }
        text.append(content).append("\n\n");
        html.append("<p>")
                .append(MailHtml.escape(content).replace("\n", "<br>"))
                .append("</p>");
    }
}
