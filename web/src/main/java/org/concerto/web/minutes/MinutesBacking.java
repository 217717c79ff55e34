package org.concerto.web.minutes;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.concerto.minutes.CommentResolution;
import org.concerto.minutes.CommentRow;
import org.concerto.minutes.MinutesService;
import org.concerto.minutes.MinutesVersion;
import org.concerto.minutes.MinutesView;
import org.concerto.minutes.SaveResult;
import org.concerto.minutes.SectionText;
import org.concerto.minutes.SectionView;
import org.concerto.shared.NotFoundException;
import org.concerto.shared.Zones;
import org.concerto.web.Notices;

/**
 * /meeting/minutes.xhtml?id=…: the secretariat writes one section at a time (saved by the button and every few
 * seconds while the text changes), sends the draft for review, resolves comments, approves, corrects and
 * publishes; invitees read the draft in review and comment item by item; the chair approves.
 */
@Named
@ViewScoped
public class MinutesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter CLOCK =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(Zones.DEFAULT);

    @Inject
    private MinutesService minutes;

    @Inject
    private Notices notices;

    private String id;
    private long meetingId;
    private MinutesView view;
    private SectionView current;
    private SectionText form;
    private SectionText lastSaved;
    private long versionShown;
    private String savedAt;

    private LocalDateTime reviewDeadline;

    @Size(max = MinutesVersion.REASON_LENGTH) private String versionNote;

    @Size(max = MinutesVersion.REASON_LENGTH) private String correctionReason;

    private final Map<Long, String> commentDrafts = new HashMap<>();
    // The radio's submitted value: a map gives EL no type to convert to, so the name is kept and converted here.
    private final Map<Long, String> resolutions = new HashMap<>();
    private final Map<Long, String> reasons = new HashMap<>();
    private Integer compareLeft;
    private Integer compareRight;

    public void load() {
        try {
            meetingId = Long.parseLong(id == null ? "" : id.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
        refresh(null);
    }

    private void refresh(Long sectionId) {
        view = minutes.view(meetingId);
        select(sectionId != null ? sectionId : current == null ? null : current.getId());
    }

    private void select(Long sectionId) {
        current = view.getSections().isEmpty() ? null : view.section(sectionId);
        if (current != null) {
            form = current.getText();
            lastSaved = current.getText();
            versionShown = current.getVersion();
        }
        if (view.getVersions().size() >= 2) {
            compareRight = view.getVersions().get(0).getNumber();
            compareLeft = view.getVersions().get(1).getNumber();
        }
    }

    // --- writing ----------------------------------------------------------------------------------

    public void start() {
        minutes.start(meetingId);
        refresh(null);
    }

    /** Opens another section, after saving this one if it changed. */
    public void open(Long sectionId) {
        if (view.isEditable() && current != null && !form.sameAs(lastSaved) && !save(false)) {
            return;
        }
        refresh(sectionId);
    }

    public void save() {
        save(true);
    }

    /** Autosave: every few seconds, only when the text changed since the last save. */
    public void autosave() {
        if (view.isEditable() && current != null && !form.sameAs(lastSaved)) {
            save(false);
        }
    }

    private boolean save(boolean explicit) {
        SaveResult result = minutes.save(meetingId, current.getId(), versionShown, form);
        if (result.isSaved()) {
            current = result.getSection();
            versionShown = current.getVersion();
            lastSaved = form.copy();
            savedAt = CLOCK.format(Instant.now());
            if (explicit) {
                notices.done("notice.minutes.saved", current.getNumber());
            }
            return true;
        }
        notices.error("error.minutes.conflict", result.getOtherAuthor() == null ? "?" : result.getOtherAuthor());
        view = minutes.view(meetingId);
        current = result.getSection();
        form = current.getText();
        lastSaved = current.getText();
        versionShown = current.getVersion();
        return false;
    }

    public void addPosition() {
        form.addPosition();
    }

    public void removePosition(int index) {
        form.removePosition(index);
    }

    public void dismiss(Long conflictId) {
        minutes.dismissConflict(meetingId, conflictId);
        SectionText typing = form;
        long version = versionShown;
        refresh(current.getId());
        form = typing;
        versionShown = version;
    }

    // --- review, approval, correction, publication ----------------------------------------------

    public void openReview() {
        int number = minutes.openReview(
                meetingId,
                reviewDeadline == null
                        ? null
                        : reviewDeadline.atZone(Zones.DEFAULT).toInstant());
        notices.done("notice.minutes.reviewOpened", number);
        refresh(null);
    }

    public void keepVersion() {
        int number = minutes.keepVersion(meetingId, versionNote);
        versionNote = null;
        notices.done("notice.minutes.versionKept", number);
        refresh(null);
    }

    public void comment(Long sectionId) {
        minutes.comment(meetingId, sectionId, commentDrafts.get(sectionId));
        commentDrafts.remove(sectionId);
        notices.done("notice.minutes.commented");
        refresh(sectionId);
    }

    public void resolve(CommentRow comment) {
        String chosen = resolutions.get(comment.getId());
        minutes.resolve(
                meetingId,
                comment.getId(),
                comment.getVersion(),
                chosen == null || chosen.isBlank() ? null : CommentResolution.valueOf(chosen),
                reasons.get(comment.getId()));
        notices.done("notice.minutes.resolved");
        refresh(current == null ? null : current.getId());
    }

    public void approve() {
        int number = minutes.approve(meetingId);
        notices.done("notice.minutes.approved", number);
        refresh(null);
    }

    public void correct() {
        int number = minutes.correct(meetingId, current.getId(), versionShown, form, correctionReason);
        correctionReason = null;
        notices.done("notice.minutes.corrected", number);
        refresh(current.getId());
    }

    public void publish() {
        minutes.publish(meetingId);
        notices.done("notice.minutes.published");
        refresh(null);
    }

    /** Two versions side by side, on their own page. */
    public String compare() {
        return "/meeting/minutes-compare?faces-redirect=true&id=" + meetingId + "&left=" + compareLeft + "&right="
                + compareRight;
    }

    public CommentResolution[] getResolutionOptions() {
        return CommentResolution.values();
    }

    // --- properties -------------------------------------------------------------------------------

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getMeetingId() {
        return meetingId;
    }

    public MinutesView getView() {
        return view;
    }

    public SectionView getCurrent() {
        return current;
    }

    public SectionText getForm() {
        return form;
    }

    public long getVersionShown() {
        return versionShown;
    }

    public String getSavedAt() {
        return savedAt;
    }

    public boolean isDirty() {
        return form != null && !form.sameAs(lastSaved);
    }

    public LocalDateTime getReviewDeadline() {
        return reviewDeadline;
    }

    public void setReviewDeadline(LocalDateTime reviewDeadline) {
        this.reviewDeadline = reviewDeadline;
    }

    public String getVersionNote() {
        return versionNote;
    }

    public void setVersionNote(String versionNote) {
        this.versionNote = versionNote;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }

    public Map<Long, String> getCommentDrafts() {
        return commentDrafts;
    }

    public Map<Long, String> getResolutions() {
        return resolutions;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Integer getCompareLeft() {
        return compareLeft;
    }

    public void setCompareLeft(Integer compareLeft) {
        this.compareLeft = compareLeft;
    }

    public Integer getCompareRight() {
        return compareRight;
    }

    public void setCompareRight(Integer compareRight) {
        this.compareRight = compareRight;
    }
}
