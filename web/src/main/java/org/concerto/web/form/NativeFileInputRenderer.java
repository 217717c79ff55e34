package org.concerto.web.form;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * PrimeFaces' file upload, whose plain (simple mode) file input stays visible to screen readers. PrimeFaces 15 marks
 * that input {@code aria-hidden="true"} even when it is the very control the user tabs to and labels, so a screen
 * reader user meets a focusable field it says nothing about (WCAG 4.1.2). Everything else is PrimeFaces' own.
 */
public class NativeFileInputRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(
            FacesContext context, FileUpload fileUpload, String clientId, String style, String styleClass)
            throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
