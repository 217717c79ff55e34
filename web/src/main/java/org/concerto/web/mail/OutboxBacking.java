package org.concerto.web.mail;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.concerto.mail.MailAttachment;
import org.concerto.mail.MailContent;
import org.concerto.mail.MailSettings;
import org.concerto.mail.OutboxRow;
import org.concerto.mail.OutboxService;
import org.concerto.security.SecurityLog;
import org.concerto.web.document.FileDownload;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** /mail/outbox.xhtml: every mail, paged in the database; a mail's bodies are read when its row is opened. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private OutboxService outbox;

    @Inject
    private SecurityLog securityLog;

    private final Map<Long, MailContent> opened = new HashMap<>();

    private final LazyDataModel<OutboxRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) outbox.count();
        }

        @Override
        public List<OutboxRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
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
        return opened.computeIfAbsent(mailId, id -> outbox.content(id, address()));
    }

    /** An attachment of a mail, as its recipient will get it: served like every other download, and logged. */
    public void download(Long mailId, int index) throws IOException {
        FileDownload.fromPage(securityLog, () -> {
            MailAttachment attachment = outbox.attachment(mailId, index, address());
            return FileDownload.made(attachment.getFileName(), attachment.getContentType(), attachment.getContent());
        });
    }

    private static String address() {
        return org.concerto.web.security.ClientAddress.of(
                (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext()
                        .getRequest());
    }

    public boolean isServerConfigured() {
        return MailSettings.isServerConfigured();
    }
}
