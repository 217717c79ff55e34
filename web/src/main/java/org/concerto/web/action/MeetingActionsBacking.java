package org.concerto.web.action;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.concerto.action.ActionForm;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionRow;
import org.concerto.action.ActionService;
import org.concerto.action.AgendaActions;
import org.concerto.meeting.AgendaRow;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingStatus;
import org.concerto.meeting.PersonOption;
import org.concerto.web.CurrentUser;
import org.concerto.web.Notices;
import org.concerto.web.meeting.MeetingViewBacking;
import org.concerto.web.meeting.SeriesJoined;

/**
 * The actions part of the meeting page (WEB-INF/includes/meeting/actions.xhtml): the actions decided,
 * by agenda item; those still open from earlier meetings of the series; for the secretariat, recording
 * a new action and opening the agenda with their review. Read once per view, again after a change.
 */
@Named
@ViewScoped
public class MeetingActionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActionService actions;

    @Inject
    private MeetingViewBacking view;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private Notices notices;

    private Long loadedFor;
    private List<AgendaActions> groups;
    private List<ActionRow> carried;
    private ActionForm form = new ActionForm();
    private List<PersonOption> owners;

    private void load(MeetingDetails meeting) {
        if (!meeting.getId().equals(loadedFor)) {
            groups = actions.byAgendaItem(meeting.getId());
            carried = actions.openInSeries(meeting.getId());
            loadedFor = meeting.getId();
        }
    }

    /** Reads the actions again on the next rendering (the meeting joined a series, for instance). */
    public void reload() {
        loadedFor = null;
    }

    /** The meeting joined a series: the actions carried over from the earlier meetings change. */
    void onSeriesJoined(@Observes(notifyObserver = Reception.IF_EXISTS) SeriesJoined joined) {
        reload();
    }

    public List<AgendaActions> groups(MeetingDetails meeting) {
        load(meeting);
        return groups;
    }

    public List<ActionRow> carried(MeetingDetails meeting) {
        load(meeting);
        return carried;
    }

    /** The review item can open the agenda while it can still change and the series has open actions. */
    public boolean canAddReview(MeetingDetails meeting) {
        return currentUser.isSecretariat()
                && !carried(meeting).isEmpty()
                && meeting.getStatus().isBeforeMeeting();
    }

    public boolean canRecord(MeetingDetails meeting) {
        return currentUser.isSecretariat() && meeting.getStatus() != MeetingStatus.CANCELLED;
    }

    /** Opens the dialog on an empty form. */
    public void startNew() {
        form = new ActionForm();
        owners = null;
    }

    public void record() {
        MeetingDetails meeting = view.getMeeting();
        actions.record(meeting.getId(), form);
        notices.done("notice.action.recorded");
        form = new ActionForm();
        loadedFor = null;
    }

    public void addReview() {
        actions.addReviewItem(view.getMeeting().getId());
        notices.done("notice.action.reviewAdded");
        view.load();
        loadedFor = null;
    }

    public ActionForm getForm() {
        return form;
    }

    public List<PersonOption> getOwners() {
        if (owners == null) {
            owners = actions.possibleOwners(view.getMeeting().getId());
        }
        return owners;
    }

    public List<SelectItem> getAgendaItems() {
        return agendaOptions(view.getMeeting().getAgenda());
    }

    public ActionPriority[] getPriorities() {
        return ActionPriority.values();
    }

    static List<SelectItem> agendaOptions(List<AgendaRow> agenda) {
        return agenda.stream()
                .map(item -> new SelectItem(item.getId(), item.getNumber() + ". " + item.getTitle()))
                .toList();
    }
}
