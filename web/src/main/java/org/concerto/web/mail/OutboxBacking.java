package org.concerto.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.mail.MailAttachment;
import org.concerto.mail.MailContent;
import org.concerto.mail.MailSettings;
import org.concerto.mail.OutboxRow;
import org.concerto.mail.OutboxService;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** /mail/outbox.xhtml: every mail, paged in the database; a mail's bodies are read when its row is opened. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxService outbox;

    private final Map<Long, MailContent> opened = new HashMap<>();

    private final LazyDataModel<OutboxRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) outbox.count();
        }

        @Override
        public List<OutboxRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return outbox.list(first, pageSize);
        }

        @Override
        public String getRowKey(OutboxRow row) {
            return String.valueOf(row.getId());
        }
    };

    public LazyDataModel<OutboxRow> getModel() {
        return model;
    }

    /** The bodies and attachment names of a mail, read once per view when its row is expanded. */
    public MailContent content(Long mailId) {
        return opened.computeIfAbsent(mailId, outbox::content);
    }

    public StreamedContent download(Long mailId, int index) {
        MailAttachment attachment = outbox.attachment(mailId, index);
        byte[] bytes = attachment.getContent();
        return DefaultStreamedContent.builder()
                .name(attachment.getFileName())
                .contentType(attachment.getContentType())
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public boolean isServerConfigured() {
        return MailSettings.isServerConfigured();
    }
}
