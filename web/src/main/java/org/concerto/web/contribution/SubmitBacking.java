package org.concerto.web.contribution;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.concerto.contribution.ContributionService;
import org.concerto.contribution.IncomingFile;
import org.concerto.contribution.SubmissionDraft;
import org.concerto.contribution.VersionKind;
import org.concerto.contribution.VersionRow;
import org.concerto.contribution.Visibility;
import org.concerto.meeting.AgendaRow;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingService;
import org.concerto.shared.NotFoundException;
import org.concerto.web.CurrentUser;
import org.concerto.web.Notices;
import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;

/**
 * /contribution/submit.xhtml?meeting=…[&amp;contribution=…]: a new contribution, or a new version of one.
 * The files travel with the form (one request), so that a refused file refuses the whole submission
 * and nothing of it is kept.
 */
@Named
@ViewScoped
public class SubmitBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    @Inject
    private ContributionService contributions;

    @Inject
    private CurrentUser user;

    @Inject
    private Notices notices;

    private String meetingId;
    private String contributionId;
    private MeetingDetails meeting;
    private SubmissionDraft draft;
    private List<VersionRow> versions = List.of();
    private transient UploadedFiles files;

    public void load() {
        meeting = meetings.details(parse(meetingId));
        if (contributionId != null && !contributionId.isBlank()) {
            long id = parse(contributionId);
            draft = contributions.draftOfNewVersion(id);
            versions = contributions.versions(id);
        } else {
            draft = new SubmissionDraft();
        }
    }

    public String submit() throws IOException {
        List<InputStream> opened = new ArrayList<>();
        try {
            List<IncomingFile> incoming = new ArrayList<>();
            if (files != null) {
                for (UploadedFile file : files.getFiles()) {
                    InputStream in = file.getInputStream();
                    opened.add(in);
                    incoming.add(new IncomingFile(file.getFileName(), in));
                }
            }
            if (isNewVersion()) {
                int number = contributions.addVersion(draft.getContributionId(), draft, incoming);
                notices.doneBeforeRedirect("notice.contribution.version", number);
            } else {
                contributions.submit(meeting.getId(), draft, incoming);
                notices.doneBeforeRedirect("notice.contribution.submitted", draft.getTitle());
            }
        } finally {
            for (InputStream in : opened) {
                in.close();
            }
        }
        return "/meeting/view?faces-redirect=true&id=" + meeting.getId();
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    public boolean isNewVersion() {
        return draft != null && draft.getContributionId() != null;
    }

    public List<AgendaRow> getItems() {
        return meeting.getAgenda();
    }

    public Visibility[] getVisibilities() {
        return Visibility.values();
    }

    public VersionKind[] getKinds() {
        return VersionKind.values();
    }

    public boolean isSecretariat() {
        return user.isSecretariat();
    }

    public String getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(String meetingId) {
        this.meetingId = meetingId;
    }

    public String getContributionId() {
        return contributionId;
    }

    public void setContributionId(String contributionId) {
        this.contributionId = contributionId;
    }

    public MeetingDetails getMeeting() {
        return meeting;
    }

    public SubmissionDraft getDraft() {
        return draft;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public UploadedFiles getFiles() {
        return files;
    }

    public void setFiles(UploadedFiles files) {
        this.files = files;
    }

    /** The upload limit shown beside the file field, from the same setting the service enforces. */
    public long getMaxMegabytes() {
        return org.concerto.files.UploadInspection.maxMegabytes();
    }

    /** The same limit in bytes, for the browser's check before sending. */
    public long getMaxFileBytes() {
        return org.concerto.files.UploadInspection.maxBytes();
    }

    /** What all the files of one submission may weigh together (the server reads no larger request). */
    public long getMaxTotalBytes() {
        return org.concerto.files.UploadInspection.maxRequestBytes();
    }

    public long getMaxTotalMegabytes() {
        return getMaxTotalBytes() / (1024 * 1024);
    }
}
