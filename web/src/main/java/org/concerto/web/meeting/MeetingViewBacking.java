package org.concerto.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingService;

import java.io.Serializable;

/** /meeting/view.xhtml?id=…: one meeting, read-only; the service refuses ids the user may not read. */
@Named
@ViewScoped
public class MeetingViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    /** Kept as text: an id that is not a number is a page that does not exist, not a conversion error. */
    private String id;
    private MeetingDetails meeting;

    /** View action: loads the meeting or lets the refusal become a 403 or 404 page. */
    public void load() {
        meeting = meetings.details(MeetingIds.parse(id));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public MeetingDetails getMeeting() {
        return meeting;
    }
}
