package org.concerto.action;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.concerto.files.FileNames;
import org.concerto.files.FileStore;
import org.concerto.pdf.PdfInspection;
import org.concerto.shared.Settings;

import java.io.InputStream;

/**
 * Receives an evidence file with the same safety rules as every upload. Today that is the agenda
 * documents' rule (a PDF checked from its content, within the size limit); when the general upload
 * checks of org.concerto.files land (issue 4), {@link #receive} is the one place to switch to them.
 */
@ApplicationScoped
public class EvidenceFiles {

    @Inject
    private FileStore files;

    /** The file checked and kept (the keeping is undone if the transaction rolls back), or a refusal saying why. */
    StoredFile receive(String submittedName, InputStream content) {
        FileStore.Upload upload = files.receive(content, Long.parseLong(Settings.get("concerto.upload.max.mb").orElse("20")) * 1024 * 1024);
        try {
            PdfInspection.requireSafe(upload.path());
        } catch (RuntimeException refused) {
            files.discard(upload);
            throw refused;
        }
        return new StoredFile(FileNames.displayName(submittedName, "evidence.pdf"), "application/pdf", upload.size(), upload.sha256(),
                files.keep(upload));
    }

    InputStream open(String storageKey) throws java.io.IOException {
        return files.open(storageKey);
    }
}
