package org.concerto.web.meeting;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import org.concerto.meeting.MeetingDraft;
import org.concerto.meeting.MeetingFormat;
import org.concerto.meeting.PreparationService;
import org.concerto.shared.Zones;
import org.concerto.web.Notices;

/**
 * /meeting/edit.xhtml[?id=…]: the meeting form, for a new meeting or an existing one. Dates are typed
 * in Paris time and stored as instants.
 */
@Named
@ViewScoped
public class MeetingEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PreparationService preparation;

    @Inject
    private ExternalContext externalContext;

    @Inject
    private Notices notices;

    private String id;
    private MeetingDraft draft;

    @NotNull private LocalDateTime start;

    @NotNull private LocalDateTime end;

    public void load() {
        if (draft != null) {
            return;
        }
        if (id == null || id.isBlank()) {
            draft = new MeetingDraft();
            LocalDate day = LocalDate.now(Zones.DEFAULT)
                    .plusWeeks(4)
                    .with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.TUESDAY));
            start = day.atTime(LocalTime.of(14, 0));
            end = day.atTime(LocalTime.of(17, 0));
        } else {
            draft = preparation.draft(MeetingIds.parse(id));
            start = LocalDateTime.ofInstant(draft.getStartsAt(), Zones.DEFAULT);
            end = LocalDateTime.ofInstant(draft.getEndsAt(), Zones.DEFAULT);
        }
    }

    public void save() throws IOException {
        draft.setStartsAt(start == null ? null : start.atZone(Zones.DEFAULT).toInstant());
        draft.setEndsAt(end == null ? null : end.atZone(Zones.DEFAULT).toInstant());
        long saved;
        if (draft.getId() == null) {
            saved = preparation.create(draft);
            notices.doneBeforeRedirect("notice.meeting.created");
        } else {
            preparation.revise(draft.getId(), draft);
            saved = draft.getId();
            notices.doneBeforeRedirect("notice.meeting.saved");
        }
        externalContext.redirect(externalContext.getRequestContextPath() + "/meeting/view.xhtml?id=" + saved);
    }

    public boolean isNew() {
        return draft == null || draft.getId() == null;
    }

    public MeetingFormat[] getFormats() {
        return MeetingFormat.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingDraft getDraft() {
        return draft;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }
}
