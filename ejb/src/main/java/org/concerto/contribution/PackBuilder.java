package org.concerto.contribution;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.concerto.files.FileStore;
import org.concerto.pdf.MeetingPackPdf;
import org.concerto.shared.Role;

/**
 * Builds a meeting pack in the background (an EJB asynchronous call, on the server's managed threads,
 * with the secretariat's identity): a large pack takes a while, and the page shows its progress instead
 * of waiting. The rendering runs outside any transaction; each step commits on its own ({@link PackJobs}).
 */
@Stateless
@RolesAllowed(Role.Names.SECRETARIAT)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PackBuilder {

    private static final Logger LOG = Logger.getLogger(PackBuilder.class.getName());

    @Inject
    private PackJobs jobs;

    @Inject
    private FileStore files;

    @Asynchronous
    public void build(long packId) {
        try {
            PackJobs.Plan plan = jobs.plan(packId);
            FileStore.Upload upload = files.write(out -> MeetingPackPdf.write(
                    out, plan.meeting(), plan.agenda(), plan.sections(), done -> jobs.progress(packId, done)));
            try {
                jobs.finish(packId, upload);
            } catch (RuntimeException e) {
                files.discard(upload);
                throw e;
            }
            LOG.info(() -> "Meeting pack " + packId + " built: " + upload.size() + " bytes");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Meeting pack " + packId + " could not be built", e);
            jobs.fail(packId, e.getMessage());
        }
    }
}
