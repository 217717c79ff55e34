package org.concerto.web.meeting;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;
import org.concerto.meeting.AttendanceRow;
import org.concerto.meeting.AttendanceService;
import org.concerto.meeting.AttendanceSheet;
import org.concerto.meeting.AttendanceStatus;
import org.concerto.shared.BusinessException;
import org.concerto.web.LocaleBacking;
import org.concerto.web.Notices;

/**
 * /meeting/attendance.xhtml?id=…: the roll call on the day. Each change of a row is saved at once by
 * ajax; a refused save shows why and puts the row back as the database holds it.
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AttendanceService attendance;

    @Inject
    private Notices notices;

    @Inject
    private LocaleBacking language;

    private String id;
    private AttendanceSheet sheet;
    private final Set<Long> saved = new HashSet<>();

    public void load() {
        sheet = attendance.sheet(MeetingIds.parse(id));
    }

    /** Saves one row as the page now shows it. */
    public void save(AttendanceRow row) {
        saved.remove(row.getInvitationId());
        try {
            row.update(attendance.record(
                    sheet.getMeetingId(),
                    row.getInvitationId(),
                    row.getVersion(),
                    row.getAttendance(),
                    row.getArrivalTime(),
                    row.getDepartureTime()));
            saved.add(row.getInvitationId());
        } catch (BusinessException refusal) {
            // Saved as you go, row after row: the refusal names the row's person, and the row shows what is stored.
            notices.error("error.attendance.row", row.getDisplayName(), refusal.getMessage(language.getLocale()));
            row.update(attendance.row(row.getInvitationId()));
            // The row's buttons are not redrawn after a save (they keep the keyboard focus); after a refusal they must
            // be.
            FacesContext.getCurrentInstance()
                    .getPartialViewContext()
                    .getRenderIds()
                    .add("attendanceForm");
        }
    }

    public boolean isSaved(AttendanceRow row) {
        return saved.contains(row.getInvitationId());
    }

    public AttendanceStatus[] getStatuses() {
        return AttendanceStatus.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AttendanceSheet getSheet() {
        return sheet;
    }
}
