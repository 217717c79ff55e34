package org.concerto.mail;

import org.concerto.shared.Settings;

/** Whether mails can leave at all: a mail server is configured only when CONCERTO_SMTP_HOST is set. */
public final class MailSettings {

    private MailSettings() {}

    /**
     * The CLI scripts give the mail session "localhost" when CONCERTO_SMTP_HOST is absent, so the session
     * itself cannot tell: the variable can. The demo sets none, and its mails stay readable in the outbox.
     */
    public static boolean isServerConfigured() {
        return Settings.get("concerto.smtp.host").isPresent();
    }
}
