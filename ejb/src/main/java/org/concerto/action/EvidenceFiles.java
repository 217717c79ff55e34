package org.concerto.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import org.concerto.files.FileKind;
import org.concerto.files.FileStore;
import org.concerto.files.StoredFile;
import org.concerto.files.UploadInspection;

/**
 * Receives an evidence file through {@link UploadInspection}, the one way in for every file a person hands
 * over: the same allow-list as contributions (PDF, DOCX, ODT, decided from the content), zip bombs refused
 * before unpacking, active or encrypted PDFs refused, the size limit held on the server, a refusal saying why
 * in the user's language and leaving nothing on disk. An owner's evidence is often the letter or report they
 * wrote, so it takes the same documents a contribution does.
 */
@ApplicationScoped
public class EvidenceFiles {

    @Inject
    private UploadInspection uploads;

    @Inject
    private FileStore files;

    /** The file checked and kept (the keeping is undone if the transaction rolls back), or a refusal saying why. */
    StoredFile receive(String submittedName, InputStream content) {
        return uploads.accept(content, submittedName, FileKind.DOCUMENTS);
    }

    InputStream open(String storageKey) throws IOException {
        return files.open(storageKey);
    }
}
