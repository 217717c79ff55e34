package org.concerto.web.minutes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.meeting.MeetingDetails;
import org.concerto.minutes.MinutesService;
import org.concerto.minutes.MinutesView;

/** The minutes part of the meeting page: where the minutes are, the link to them and the download. Read once per request. */
@Named
@RequestScoped
public class MinutesPanelBacking {

    @Inject
    private MinutesService minutes;

    private MinutesView view;

    /** Null before the meeting is held (or when cancelled): there are no minutes to speak of. */
    public MinutesView view(MeetingDetails meeting) {
        if (!meeting.getStatus().hasTakenPlace()) {
            return null;
        }
        if (view == null) {
            view = minutes.view(meeting.getId());
        }
        return view;
    }
}
