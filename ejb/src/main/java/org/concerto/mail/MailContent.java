package org.concerto.mail;

import java.util.List;

/** What one mail says: its bodies and the names of its attachments, read when the secretariat opens it. */
public class MailContent {

    private final Long id;
    private final String textBody;
    private final String htmlBody;
    private final List<AttachmentInfo> attachments;
    private final boolean linkMasked;

    /** The mail as the outbox shows it: the token of an account link masked. */
    MailContent(OutboxMail mail) {
        this.id = mail.getId();
        this.linkMasked = mail.isAccountMail();
        this.textBody = linkMasked ? AccountLinkMask.text(mail.getTextBody()) : mail.getTextBody();
        this.htmlBody = linkMasked ? AccountLinkMask.text(mail.getHtmlBody()) : mail.getHtmlBody();
        List<MailAttachment> files = mail.getAttachments();
        this.attachments = java.util.stream.IntStream.range(0, files.size())
                .mapToObj(i -> new AttachmentInfo(
                        i,
                        files.get(i).getFileName(),
                        files.get(i).getContentType(),
                        files.get(i).getSize()))
                .toList();
    }

    public Long getId() {
        return id;
    }

    public String getTextBody() {
        return textBody;
    }

    public String getHtmlBody() {
        return htmlBody;
    }

    public List<AttachmentInfo> getAttachments() {
        return attachments;
    }

    /** Whether the mail carries an account link, whose token the outbox does not show. */
    public boolean isLinkMasked() {
        return linkMasked;
    }

    /** An attachment by its position in the mail, without its content. */
    public static class AttachmentInfo {
        private final int index;
        private final String fileName;
        private final String contentType;
        private final int size;

        AttachmentInfo(int index, String fileName, String contentType, int size) {
            this.index = index;
            this.fileName = fileName;
            this.contentType = contentType;
            this.size = size;
        }

        public int getIndex() {
            return index;
        }

        public String getFileName() {
            return fileName;
        }

        public String getContentType() {
            return contentType;
        }

        public int getSize() {
            return size;
        }
    }
}
