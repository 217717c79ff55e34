package org.concerto.web.minutes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.concerto.minutes.PublicMinutesService;
import org.concerto.minutes.PublishedMeeting;
import org.concerto.minutes.Verification;
import org.primefaces.model.file.UploadedFile;

/** /public/meetings.xhtml and /public/verify.xhtml: what anyone reads without an account. */
@Named
@RequestScoped
public class PublicBacking {

    @Inject
    private PublicMinutesService published;

    private List<PublishedMeeting> meetings;
    private UploadedFile file;
    /** A SHA-256 in hexadecimal, with room for the spaces of a pasted one. */
    @Size(max = 100) private String hash;

    private Verification verification;

    public List<PublishedMeeting> getMeetings() {
        if (meetings == null) {
            meetings = published.published();
        }
        return meetings;
    }

    public void verifyFile() {
        if (file == null || file.getSize() == 0) {
            return;
        }
        verification = published.verify(file.getContent());
    }

    public void verifyHash() {
        verification = published.verify(hash);
    }

    public int getMaxBytes() {
        return PublicMinutesService.MAX_VERIFIED_BYTES;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public String getHash() {
        return hash;
    }

    public void setHash(String hash) {
        this.hash = hash;
    }

    public Verification getVerification() {
        return verification;
    }
}
