package org.concerto.web.form;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.concerto.files.FileNames;
import org.concerto.shared.Messages;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.model.file.UploadedFile;

/**
 * PrimeFaces' file upload with Concerto's rule for the names of files: a name that tries to be a path ("../") or
 * carries control characters is refused with Concerto's translated reason, beside the field; any other name is taken,
 * since Concerto never uses it as a path ({@code org.concerto.files.UploadInspection} checks the file itself). Without
 * it PrimeFaces answers an English "File Error", and refuses ordinary names such as "Compte rendu : v2.pdf".
 * Registered in faces-config.xml under PrimeFaces' component type, so every {@code p:fileUpload} is this one.
 */
public class CheckedFileUpload extends FileUpload {

    @Override
    public void validateFilename(FacesContext context, UploadedFile file) {
        if (FileNames.isProbe(file.getFileName())) {
            setValid(false);
            context.addMessage(
                    getClientId(context),
                    new FacesMessage(
                            FacesMessage.SEVERITY_ERROR,
                            Messages.format(context.getViewRoot().getLocale(), "error.file.name"),
                            null));
        }
    }
}
