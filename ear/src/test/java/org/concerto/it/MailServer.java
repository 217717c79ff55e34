package org.concerto.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;

/**
 * A GreenMail SMTP server started inside the test server, on the port its mail session points at
 * (CONCERTO_SMTP_PORT, set by ear/pom.xml): a test starts it to bring "the mail server" up.
 */
public final class MailServer {

    private MailServer() {}

    public static GreenMail start() {
        int port = Integer.parseInt(System.getenv("CONCERTO_SMTP_PORT"));
        GreenMail greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        return greenMail;
    }

    /** The messages received for that address. */
    public static List<MimeMessage> to(GreenMail greenMail, String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        Address[] to = m.getAllRecipients();
                        return to != null
                                && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(address));
                    } catch (MessagingException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The calendar attached to a message, parsed back with ical4j. */
    static Calendar calendar(MimeMessage message) throws MessagingException, IOException, ParserException {
        Part part = find(message, "invitation.ics");
        if (part == null) {
            throw new AssertionError("no invitation.ics in " + message.getSubject());
        }
        try (InputStream in = part.getInputStream()) {
            return new CalendarBuilder().build(in);
        }
    }

    /** The text of the message's plain-text body. */
    public static String text(MimeMessage message) throws MessagingException, IOException {
        return text((Part) message);
    }

    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && part.getFileName() == null) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static Part find(Part part, String fileName) throws MessagingException, IOException {
        if (fileName.equals(part.getFileName())) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Part found = find(child, fileName);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
