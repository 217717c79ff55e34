package org.concerto.shared;

import java.nio.file.Path;

/**
 * Whether a received file is a PDF that is safe to pass on to other people. Asked by the uploads
 * ({@code org.concerto.files.UploadInspection}), answered by the one package that reads PDFs
 * ({@code org.concerto.pdf.PdfInspection}, injected): an interface here so that neither imports the other.
 */
public interface PdfCheck {

    /** Refuses, with a {@link BusinessException} that says why, a file that is not a PDF or not safe to pass on. */
    void requireSafe(Path file);
}
