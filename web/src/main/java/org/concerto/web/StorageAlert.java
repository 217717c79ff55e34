package org.concerto.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.shared.StorageCheck;

/** The secretariat's banner on every page while the files cannot be written (full disk, read-only folder). */
@Named
@RequestScoped
public class StorageAlert {

    @Inject
    private StorageCheck storage;

    /** Shown after a write failed, until a write works again: checked on the disk only while it is failing. */
    public boolean isShown() {
        return storage.unavailable() && !storage.writable();
    }
}
