package org.concerto.mail;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import java.util.Objects;
import org.concerto.shared.Texts;

/** A file that goes with a mail: a calendar invitation, a PDF. Kept in the outbox with the mail. */
@Embeddable
public class MailAttachment {

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 200)
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    // No length: the column (bytea) takes files of any size; a length here would make Hibernate expect a BLOB on H2.
    @Column(name = "content", nullable = false)
    private byte[] content;

    protected MailAttachment() {
        // for JPA
    }

    public MailAttachment(String fileName, String contentType, byte[] content) {
        this.fileName = Texts.required(fileName, "fileName", 200);
        this.contentType = Texts.required(contentType, "contentType", 200);
        this.content = Objects.requireNonNull(content).clone();
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public int getSize() {
        return content.length;
    }
}
