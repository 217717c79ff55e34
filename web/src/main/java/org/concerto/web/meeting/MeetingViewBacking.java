package org.concerto.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.concerto.agenda.AgendaService;
import org.concerto.agenda.AttachmentRow;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingService;

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
    private Map<Long, List<AttachmentRow>> attachments = Map.of();

    @Inject
    private AgendaService agenda;

    /** View action: loads the meeting or lets the refusal become a 403 or 404 page. */
    public void load() {
        meeting = meetings.details(MeetingIds.parse(id));
        attachments =
                agenda.attachments(meeting.getId()).stream().collect(Collectors.groupingBy(AttachmentRow::getItemId));
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    /** The documents attached to one agenda item. */
    public List<AttachmentRow> attachmentsOf(Long itemId) {
        return attachments.getOrDefault(itemId, List.of());
    }

    public MeetingDetails getMeeting() {
        return meeting;
    }
}
