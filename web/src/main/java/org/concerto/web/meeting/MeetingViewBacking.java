package org.concerto.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingService;
import org.concerto.shared.NotFoundException;

import java.io.Serializable;

/** /meeting/view.xhtml?id=…: one meeting, read-only; the service refuses ids the user may not read. */
@Named
@ViewScoped
public class MeetingViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    private Long id;
    private MeetingDetails meeting;

    /** View action: loads the meeting or lets the refusal become a 403 or 404 page. */
    public void load() {
        if (id == null) {
            throw new NotFoundException();
        }
        meeting = meetings.details(id);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public MeetingDetails getMeeting() {
        return meeting;
    }
}
