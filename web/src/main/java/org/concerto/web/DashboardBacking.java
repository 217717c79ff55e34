package org.concerto.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.MeetingSummary;

/** The home page (/index.xhtml): the caller's next meetings. */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int NEXT_MEETINGS = 5;

    @Inject
    private MeetingService meetings;

    private List<MeetingSummary> nextMeetings;

    @PostConstruct
    void load() {
        nextMeetings = meetings.upcoming(NEXT_MEETINGS);
    }

    public List<MeetingSummary> getNextMeetings() {
        return nextMeetings;
    }
}
