package org.concerto.security;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.concerto.mail.MailHtml;
import org.concerto.mail.OutgoingMail;
import org.concerto.participant.Person;
import org.concerto.shared.Messages;
import org.concerto.shared.Settings;
import org.concerto.shared.Zones;

/** The mails with a one-time link, in the person's language. */
final class AccountMails {

    private AccountMails() {}

    static String link(String token) {
        return Settings.publicUrl() + "account/password.xhtml?token=" + token;
    }

    static OutgoingMail write(TokenPurpose purpose, Person person, String login, String token, Instant expiresAt) {
        Locale locale = person.getPreferredLanguage().locale();
        String key = purpose == TokenPurpose.INVITATION ? "mail.account.invitation" : "mail.account.reset";
        String link = link(token);
        String until = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", locale)
                .withZone(Zones.DEFAULT)
                .format(expiresAt);
        String[] paragraphs = {
            Messages.format(locale, "mail.account.greeting", person.getDisplayName()),
            Messages.format(locale, key + ".intro", login),
            Messages.format(locale, "mail.account.expires", until),
            Messages.format(locale, key + ".ignore"),
            Messages.format(locale, "notice.signature")
        };
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (int i = 0; i < paragraphs.length; i++) {
            text.append(paragraphs[i]).append("\n\n");
            html.append("<p>").append(MailHtml.escape(paragraphs[i])).append("</p>");
            if (i == 1) {
                text.append(link).append("\n\n");
                html.append("<p><a href=\"")
                        .append(MailHtml.escape(link))
                        .append("\">")
                        .append(MailHtml.escape(Messages.format(locale, key + ".button")))
                        .append("</a></p>");
            }
        }
        html.append("</body></html>");
        return new OutgoingMail(
                        person.getEmail(),
                        person.getPreferredLanguage(),
                        Messages.format(locale, key + ".subject"),
                        text.toString().strip() + "\n",
                        html.toString())
                .accountLink(expiresAt);
    }
}
