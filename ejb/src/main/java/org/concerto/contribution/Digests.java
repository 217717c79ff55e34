package org.concerto.contribution;

import java.util.List;
import java.util.Locale;
import org.concerto.mail.MailHtml;
import org.concerto.mail.OutgoingMail;
import org.concerto.meeting.Meeting;
import org.concerto.participant.Language;
import org.concerto.participant.Person;
import org.concerto.shared.Messages;
import org.concerto.shared.Settings;

/** The digest mail of newly distributed contributions, in the invitee's language, with the link to the meeting page. */
final class Digests {

    private Digests() {}

    static OutgoingMail write(Meeting meeting, Person invitee, List<Contribution> contributions) {
        Language language = invitee.getPreferredLanguage();
        Locale locale = language.locale();
        String link = Settings.publicUrl() + "meeting/view.xhtml?id=" + meeting.getId() + "#contributions";
        String subject = Messages.format(locale, "contribution.digest.subject", meeting.getTitle());
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        String greeting = Messages.format(locale, "notice.greeting", invitee.getDisplayName());
        String intro = Messages.format(locale, "contribution.digest.intro", contributions.size(), meeting.getTitle());
        text.append(greeting).append("\n\n").append(intro).append("\n\n");
        html.append("<p>")
                .append(MailHtml.escape(greeting))
                .append("</p><p>")
                .append(MailHtml.escape(intro))
                .append("</p><ul>");
        for (Contribution contribution : contributions) {
            String line = line(contribution, locale);
            text.append("  - ").append(line).append('\n');
            html.append("<li>").append(MailHtml.escape(line)).append("</li>");
        }
        String read = Messages.format(locale, "contribution.digest.read", link);
        text.append('\n')
                .append(read)
                .append("\n\n")
                .append(Messages.format(locale, "notice.signature"))
                .append('\n');
        html.append("</ul><p><a href=\"")
                .append(MailHtml.escape(link))
                .append("\">")
                .append(MailHtml.escape(Messages.format(locale, "contribution.digest.button")))
                .append("</a></p><p>")
                .append(MailHtml.escape(Messages.format(locale, "notice.signature")))
                .append("</p></body></html>");
        return new OutgoingMail(invitee.getEmail(), language, subject, text.toString(), html.toString());
    }

    private static String line(Contribution contribution, Locale locale) {
        String author = contribution.getOnBehalfOf() == null
                ? contribution.getAuthor().getDisplayName()
                : contribution.getAuthor().getDisplayName() + " ("
                        + contribution.getOnBehalfOf().getName() + ")";
        String item = contribution.getAgendaItem() == null
                ? Messages.get(locale, "contribution.wholeMeeting")
                : contribution.getAgendaItem().getTitle();
        return "« " + contribution.getTitle() + " » – " + author + " – " + item;
    }
}
