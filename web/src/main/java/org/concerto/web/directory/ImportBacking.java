package org.concerto.web.directory;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import org.concerto.participant.DirectoryService;
import org.concerto.participant.ImportPreview;
import org.concerto.participant.ImportProblem;
import org.concerto.participant.PeopleImport;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Messages;
import org.concerto.web.Notices;
import org.primefaces.model.file.UploadedFile;

/**
 * /directory/import.xhtml: upload a spreadsheet of people, look at the preview (the lines that will be
 * imported, every line left out and why), then confirm. The file is kept in the view between the two
 * steps, and checked again by the service when confirmed.
 */
@Named("importBacking")
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DirectoryService directory;

    @Inject
    private Notices notices;

    @Inject
    private FacesContext context;

    private transient UploadedFile file;
    private byte[] content;
    private ImportPreview preview;

    public void preview() {
        content = null;
        preview = null;
        if (file == null || file.getSize() == 0) {
            notices.error("error.import.empty");
            return;
        }
        if (file.getSize() > PeopleImport.MAX_BYTES) {
            notices.error("error.import.tooLarge", PeopleImport.MAX_BYTES / (1024 * 1024));
            return;
        }
        byte[] bytes = file.getContent();
        preview = directory.previewImport(bytes);
        content = bytes;
    }

    public void confirm() {
        if (content == null || preview == null) {
            return;
        }
        try {
            int imported = directory.importPeople(content, preview.getAccepted().size());
            notices.done("directory.import.done", imported);
            content = null;
            preview = null;
        } catch (BusinessException refusal) {
            // Show what the file would do now, so that the user can decide again.
            preview = directory.previewImport(content);
            throw refusal;
        }
    }

    public String reason(ImportProblem problem) {
        return problem.reason(locale());
    }

    public String getSummary() {
        return preview == null
                ? ""
                : Messages.format(
                        locale(),
                        "directory.import.summary",
                        preview.getAccepted().size(),
                        preview.getRefused().size(),
                        preview.getSeparator());
    }

    private Locale locale() {
        return context.getViewRoot().getLocale();
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportPreview getPreview() {
        return preview;
    }
}
