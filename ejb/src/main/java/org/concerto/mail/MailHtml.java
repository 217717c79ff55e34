package org.concerto.mail;

/** Text put into the HTML body of a mail: escaped, so that a name or a title never becomes markup. */
public final class MailHtml {

    private MailHtml() {}

    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
