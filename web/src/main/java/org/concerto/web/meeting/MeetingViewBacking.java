package org.concerto.web.meeting;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.FacesContext;
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
        requireLoaded();
        return itemId == null ? List.of() : attachments.getOrDefault(itemId, List.of());
    }

    /** The meeting the view action loaded; on a form post, the page has expired if this bean never loaded one. */
    public MeetingDetails getMeeting() {
        requireLoaded();
        return meeting;
    }

    /**
     * A post comes back to a view whose meeting was loaded by its view action when the page was opened; the view
     * action does not run again on a post. A bean without a meeting on a post is one made afresh because the
     * session no longer held this view's scope (more pages open in the session than it keeps): what the page
     * showed is unknown, so the page has expired and nothing may act on a missing meeting.
     */
    private void requireLoaded() {
        if (meeting == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.isPostback()) {
                String viewId =
                        faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId();
                throw new ViewExpiredException("The view scope of " + viewId + " is gone", viewId);
            }
        }
    }
}
