package org.concerto.mail;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the outbox shows of a mail with a one-time account link: the link's token is masked in its bodies and in its
 * text attachments (the mail that leaves keeps it), so that no reader of the outbox can use someone's link.
 */
final class AccountLinkMask {

    /** What stands for a masked token. */
    static final String MASK = "●●●●●●●●";

    private static final Pattern TOKEN = Pattern.compile("(?<=token=)[A-Za-z0-9_%-]+");

    private AccountLinkMask() {}

    static String text(String text) {
        return text == null ? null : TOKEN.matcher(text).replaceAll(MASK);
    }

    /** A text attachment (text/*, calendar) is masked; other files carry no link Concerto wrote. */
    static MailAttachment attachment(MailAttachment attachment) {
        String type = attachment.getContentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("text/") && !type.contains("json") && !type.contains("xml")) {
            return attachment;
        }
        String masked = text(new String(attachment.getContent(), StandardCharsets.UTF_8));
        return new MailAttachment(
                attachment.getFileName(), attachment.getContentType(), masked.getBytes(StandardCharsets.UTF_8));
    }
}
