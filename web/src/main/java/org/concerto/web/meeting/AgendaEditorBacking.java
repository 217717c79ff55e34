package org.concerto.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import org.concerto.agenda.AgendaItemDraft;
import org.concerto.agenda.AgendaService;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.meeting.AgendaRow;
import org.concerto.meeting.InviteeRow;
import org.concerto.meeting.MeetingDetails;
import org.concerto.web.Notices;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.event.ReorderEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * /meeting/agenda.xhtml?id=…: the secretariat builds the agenda. Items move by drag and drop or with
 * the up and down buttons (the keyboard's way); start times follow from the order and durations.
 */
@Named
@ViewScoped
public class AgendaEditorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingViewBacking view;

    @Inject
    private AgendaService agenda;

    @Inject
    private Notices notices;

    private AgendaItemDraft item = new AgendaItemDraft();

    private MeetingDetails meeting() {
        return view.getMeeting();
    }

    public void create() {
        item = new AgendaItemDraft();
    }

    public void edit(long itemId) {
        item = agenda.draft(meeting().getId(), itemId);
    }

    public void save() {
        if (item.getId() == null) {
            agenda.add(meeting().getId(), item);
        } else {
            agenda.update(meeting().getId(), item);
        }
        notices.done("notice.agenda.saved", item.getTitle());
        item = new AgendaItemDraft();
        view.load();
    }

    /** A document dropped on the item being edited: checked by the service, refused with its reason. */
    public void upload(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            agenda.attach(meeting().getId(), item.getId(), file.getFileName(), content);
        }
        notices.done("notice.agenda.attached", file.getFileName());
        view.load();
    }

    public void detach(long attachmentId) {
        agenda.detach(meeting().getId(), attachmentId);
        view.load();
    }

    public void move(long itemId, int newIndex) {
        agenda.move(meeting().getId(), meeting().getVersion(), itemId, newIndex);
        view.load();
    }

    /** Drag and drop: the table reports the old and the new place of the dragged row. */
    public void reordered(ReorderEvent event) {
        List<AgendaRow> rows = meeting().getAgenda();
        move(rows.get(event.getFromIndex()).getId(), event.getToIndex());
    }

    public void remove(long itemId) {
        agenda.remove(meeting().getId(), meeting().getVersion(), itemId);
        view.load();
    }

    /** Who may present: the meeting's invitees. */
    public List<InviteeRow> getPresenters() {
        return meeting().getInviteeGroups().stream()
                .flatMap(group -> group.getInvitees().stream())
                .toList();
    }

    public AgendaItemKind[] getKinds() {
        return AgendaItemKind.values();
    }

    public AgendaItemDraft getItem() {
        return item;
    }
}
