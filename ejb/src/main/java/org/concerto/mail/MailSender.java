package org.concerto.mail;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.logging.Logger;

/** Hands one mail of the outbox to the mail server, in a transaction of its own. */
@Stateless
// Called by the delivery timer, which runs with no caller; never exposed outside the application.
@PermitAll
public class MailSender {

    private static final Logger LOG = Logger.getLogger(MailSender.class.getName());

    @Resource(lookup = "java:jboss/mail/Concerto")
    private Session session;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * The mails due at that instant, at most {@code max}: those with an account link first (a person waits for it to
     * log in), then oldest first.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due(Instant instant, int max) {
        return em.createQuery(
                        "select m.id from OutboxMail m where m.state not in (:done) and m.nextAttemptAt <= :now "
                                + "order by case when m.linkExpiresAt is null then 1 else 0 end, m.createdAt, m.id",
                        Long.class)
                .setParameter("done", List.of(DeliveryState.SENT, DeliveryState.EXPIRED))
                .setParameter("now", instant)
                .setMaxResults(max)
                .getResultList();
    }

    /**
     * Sends the mail if it is still due; true when it left now. The row is locked first: a second delivery running at the same
     * time (another timer tick) waits, then finds it sent, so a mail never leaves twice.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean deliver(long mailId, Instant asOf) {
        OutboxMail mail = em.find(OutboxMail.class, mailId, LockModeType.PESSIMISTIC_WRITE);
        if (mail == null || !mail.isDue(asOf)) {
            return false;
        }
        if (mail.linkExpired(asOf)) {
            // A link that no longer works would only tell its reader to ask again: it is not sent.
            mail.expired();
            LOG.info(() -> "Mail " + mailId + " to " + mail.getRecipient() + " not sent: its link expired");
            return false;
        }
        try {
            Transport.send(toMessage(mail));
            mail.delivered(clock);
            LOG.info(() -> "Mail " + mailId + " sent to " + mail.getRecipient());
        } catch (MessagingException | RuntimeException e) {
            mail.failed(describe(e), clock);
            LOG.warning(() -> "Mail " + mailId + " to " + mail.getRecipient() + " not sent (attempt "
                    + mail.getAttempts() + ", next at " + mail.getNextAttemptAt() + "): " + describe(e));
        }
        return mail.getState() == DeliveryState.SENT;
    }

    private MimeMessage toMessage(OutboxMail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.getRecipient(), true));
        message.setSubject(mail.getSubject(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Content-Language", mail.getLanguage().locale().getLanguage());

        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.getTextBody(), "UTF-8");
        alternative.addBodyPart(text);
        if (mail.getHtmlBody() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.getHtmlBody(), "UTF-8", "html");
            alternative.addBodyPart(html);
        }
        if (mail.getAttachments().isEmpty()) {
            message.setContent(alternative);
        } else {
            MimeMultipart mixed = new MimeMultipart("mixed");
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            for (MailAttachment attachment : mail.getAttachments()) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(
                        new DataHandler(new ByteArrayDataSource(attachment.getContent(), attachment.getContentType())));
                part.setFileName(attachment.getFileName());
                mixed.addBodyPart(part);
            }
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(" / ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
        }
        return text.toString();
    }
}
