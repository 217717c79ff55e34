package org.concerto.action;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.concerto.mail.MailHtml;
import org.concerto.mail.OutgoingMail;
import org.concerto.participant.Person;
import org.concerto.shared.Messages;
import org.concerto.shared.Settings;

/** Writes a reminder to an action's owner, in their language, with the link to the action's page. */
final class ReminderMails {

    private ReminderMails() {}

    static String link(ActionItem action) {
        return Settings.publicUrl() + "action/view.xhtml?id=" + action.getId();
    }

    static OutgoingMail write(ActionItem action, ReminderReason reason) {
        Person owner = action.getOwnerPerson();
        Locale locale = owner.getPreferredLanguage().locale();
        String due = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(Locale.FRENCH.getLanguage().equals(locale.getLanguage()) ? Locale.FRENCH : Locale.UK)
                .format(action.getDueDate());
        String key = reason == ReminderReason.OVERDUE ? "overdue" : "dueSoon";
        String subject = Messages.format(
                locale, "actions.mail.subject." + key, action.getMeeting().getTitle());
        String[] paragraphs = {
            Messages.format(locale, "actions.mail.greeting", owner.getDisplayName()),
            Messages.format(
                    locale,
                    "actions.mail.intro." + key,
                    due,
                    action.getMeeting().getTitle()),
            action.getDescription(),
            action.getOwnerOrganisation() == null
                    ? null
                    : Messages.format(
                            locale,
                            "actions.mail.organisation",
                            action.getOwnerOrganisation().getName()),
            Messages.format(locale, "actions.mail.link", link(action)),
            Messages.get(locale, "actions.mail.signature")
        };
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String paragraph : paragraphs) {
            if (paragraph != null) {
                text.append(paragraph).append("\n\n");
                html.append("<p>").append(MailHtml.escape(paragraph)).append("</p>");
            }
        }
        html.append("</body></html>");
        return new OutgoingMail(
                owner.getEmail(), owner.getPreferredLanguage(), subject, text.toString(), html.toString());
    }
}
