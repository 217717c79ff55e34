package org.concerto.web.action;

import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.concerto.action.ActionDetails;
import org.concerto.action.ActionForm;
import org.concerto.action.ActionItem;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionService;
import org.concerto.action.ActionStatus;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.PersonOption;
import org.concerto.shared.NotFoundException;
import org.concerto.web.Notices;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /action/view.xhtml?id=…: one action, its history and evidence. Its owner reports progress and adds
 * evidence; the secretariat revises, confirms, reopens or cancels. Each form carries the version read,
 * so a stale save is refused by the service.
 */
@Named
@ViewScoped
public class ActionViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ActionService actions;

    @Inject
    private MeetingService meetings;

    @Inject
    private Notices notices;

    private String id;
    private ActionDetails details;
    private ActionStatus newStatus;

    @Size(max = ActionItem.NOTE_LENGTH) private String note;

    @Size(max = ActionItem.NOTE_LENGTH) private String reason;

    private ActionForm form;
    private List<PersonOption> owners;
    private List<SelectItem> agendaItems;

    public void load() {
        details = actions.details(parse(id));
        newStatus = details.getAction().getStatus() == ActionStatus.DONE
                ? ActionStatus.DONE
                : details.getAction().getStatus();
        note = null;
        reason = null;
        form = null;
    }

    private static long parse(String text) {
        try {
            return Long.parseLong(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new NotFoundException();
        }
    }

    private long actionId() {
        return details.getAction().getId();
    }

    public void report() {
        actions.report(actionId(), details.getVersion(), newStatus, note);
        notices.done("notice.action.reported");
        load();
    }

    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            actions.addEvidence(actionId(), file.getFileName(), content);
        }
        notices.done("notice.action.evidence", file.getFileName());
        load();
    }

    public void confirm() {
        actions.confirmDone(actionId(), details.getVersion());
        notices.done("notice.action.confirmed");
        load();
    }

    public void reopen() {
        actions.reopen(actionId(), details.getVersion(), reason);
        notices.done("notice.action.reopened");
        load();
    }

    public void cancel() {
        actions.cancel(actionId(), details.getVersion(), reason);
        notices.done("notice.action.cancelled");
        load();
    }

    /** Opens the secretariat's form on the action as it is now. */
    public void edit() {
        form = actions.form(actionId());
        long meetingId = details.getAction().getMeetingId();
        owners = actions.possibleOwners(meetingId);
        agendaItems =
                MeetingActionsBacking.agendaOptions(meetings.details(meetingId).getAgenda());
    }

    public void save() {
        actions.revise(actionId(), form);
        notices.done("notice.action.saved");
        load();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public ActionDetails getDetails() {
        return details;
    }

    public ActionStatus getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(ActionStatus newStatus) {
        this.newStatus = newStatus;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public ActionForm getForm() {
        return form;
    }

    public List<PersonOption> getOwners() {
        return owners;
    }

    public List<SelectItem> getAgendaItems() {
        return agendaItems;
    }

    /** What an owner may choose: cancelling is the secretariat's. */
    public ActionStatus[] getOwnerStatuses() {
        return new ActionStatus[] {ActionStatus.OPEN, ActionStatus.IN_PROGRESS, ActionStatus.DONE};
    }

    public ActionPriority[] getPriorities() {
        return ActionPriority.values();
    }
}
