package org.concerto.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concerto.privacy.RetentionCounts;
import org.concerto.privacy.RetentionPurge;
import org.concerto.web.Notices;

/** /privacy/retention.xhtml: the retention schedule, what it would remove today, and applying it now. */
@Named
@ViewScoped
public class RetentionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private RetentionPurge purge;

    @Inject
    private Notices notices;

    private RetentionCounts preview;

    public void load() {
        preview = purge.preview();
    }

    public String apply() {
        RetentionCounts done = purge.applyNow();
        notices.doneBeforeRedirect("notice.privacy.purged", done.getPeople(), done.getMails());
        return "/privacy/retention?faces-redirect=true";
    }

    public RetentionCounts getPreview() {
        return preview;
    }
}
