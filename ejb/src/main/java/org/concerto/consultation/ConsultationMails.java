package org.concerto.consultation;

import java.util.Locale;
import org.concerto.mail.MailHtml;
import org.concerto.mail.OutgoingMail;
import org.concerto.participant.Language;
import org.concerto.shared.Messages;
import org.concerto.shared.ParisTime;
import org.concerto.shared.Settings;

/** The mails of a consultation, in the reader's language: the invitation, the private link, the receipt. */
final class ConsultationMails {

    private ConsultationMails() {}

    static String respondLink(Consultation consultation) {
        return Settings.publicUrl() + "consultation/respond.xhtml?id=" + consultation.getId();
    }

    static String privateLink(String token) {
        return Settings.publicUrl() + "public/respond.xhtml?token=" + token;
    }

    static OutgoingMail invitation(Consultation consultation, String email, String name, Language language) {
        Locale locale = language.locale();
        return write(
                email,
                language,
                Messages.format(locale, "mail.consultation.invitation.subject", consultation.getTitle()),
                respondLink(consultation),
                Messages.format(locale, "mail.consultation.greeting", name),
                Messages.format(locale, "mail.consultation.invitation.intro", consultation.getTitle()),
                consultation.getSummary(),
                Messages.format(locale, "mail.consultation.closes", new ParisTime(consultation.getClosesAt())),
                Messages.format(locale, "mail.consultation.invitation.button"));
    }

    static OutgoingMail extension(Consultation consultation, String email, String link, Language language) {
        Locale locale = language.locale();
        return write(
                email,
                language,
                Messages.format(locale, "mail.consultation.extended.subject", consultation.getTitle()),
                link,
                Messages.format(locale, "mail.consultation.hello"),
                Messages.format(
                        locale,
                        "mail.consultation.extended.intro",
                        consultation.getTitle(),
                        new ParisTime(consultation.getClosesAt())),
                null,
                null,
                Messages.format(locale, "mail.consultation.invitation.button"));
    }

    static OutgoingMail cancellation(Consultation consultation, String email, Language language) {
        Locale locale = language.locale();
        return write(
                email,
                language,
                Messages.format(locale, "mail.consultation.cancelled.subject", consultation.getTitle()),
                null,
                Messages.format(locale, "mail.consultation.hello"),
                Messages.format(locale, "mail.consultation.cancelled.intro", consultation.getTitle()),
                consultation.getCancelReason(),
                null,
                null);
    }

    static OutgoingMail privateLink(Consultation consultation, String email, String token, Language language) {
        Locale locale = language.locale();
        return write(
                email,
                language,
                Messages.format(locale, "mail.consultation.link.subject", consultation.getTitle()),
                privateLink(token),
                Messages.format(locale, "mail.consultation.hello"),
                Messages.format(locale, "mail.consultation.link.intro", consultation.getTitle()),
                Messages.format(locale, "mail.consultation.link.keep"),
                Messages.format(locale, "mail.consultation.closes", new ParisTime(consultation.getClosesAt())),
                Messages.format(locale, "mail.consultation.link.button"));
    }

    static OutgoingMail receipt(Response response, String link, Language language) {
        Locale locale = language.locale();
        Consultation consultation = response.getConsultation();
        return write(
                response.getEmail(),
                language,
                Messages.format(locale, "mail.consultation.receipt.subject", consultation.getTitle()),
                link,
                Messages.format(locale, "mail.consultation.greeting", response.getName()),
                Messages.format(
                        locale,
                        "mail.consultation.receipt.intro",
                        consultation.getTitle(),
                        new ParisTime(response.getSubmittedAt())),
                Messages.format(locale, "mail.consultation.receipt.fingerprint", response.getSha256()),
                Messages.format(locale, "mail.consultation.receipt.amend", new ParisTime(consultation.getClosesAt())),
                Messages.format(locale, "mail.consultation.receipt.button"));
    }

    private static OutgoingMail write(
            String recipient,
            Language language,
            String subject,
            String link,
            String greeting,
            String intro,
            String detail,
            String closing,
            String button) {
        Locale locale = language.locale();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><body style=\"font-family:sans-serif;line-height:1.5\">");
        for (String paragraph : new String[] {greeting, intro, detail, closing}) {
            if (paragraph != null && !paragraph.isBlank()) {
                text.append(paragraph).append("\n\n");
                html.append("<p>").append(MailHtml.escape(paragraph)).append("</p>");
            }
        }
        if (link != null) {
            text.append(link).append("\n\n");
            html.append("<p><a href=\"")
                    .append(MailHtml.escape(link))
                    .append("\">")
                    .append(MailHtml.escape(button))
                    .append("</a></p>");
        }
        String signature = Messages.format(locale, "mail.consultation.signature", Settings.regulatorName());
        text.append(signature).append('\n');
        html.append("<p>").append(MailHtml.escape(signature)).append("</p></body></html>");
        return new OutgoingMail(recipient, language, subject, text.toString(), html.toString());
    }
}
