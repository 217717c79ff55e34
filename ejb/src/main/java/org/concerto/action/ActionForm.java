package org.concerto.action;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * What the secretariat types to record or revise an action: the owner is one of the meeting's
 * invitees, in their own name or as the contact of their organisation. Carries the version read, so
 * a stale save is refused.
 */
public class ActionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;
    private Long agendaItemId;

    @NotBlank @Size(max = ActionItem.DESCRIPTION_LENGTH) private String description;

    private Long ownerPersonId;
    private boolean organisationOwned;
    private LocalDate dueDate;
    private ActionPriority priority = ActionPriority.NORMAL;

    static ActionForm of(ActionItem action) {
        ActionForm form = new ActionForm();
        form.id = action.getId();
        form.version = action.getVersion();
        form.agendaItemId =
                action.getAgendaItem() == null ? null : action.getAgendaItem().getId();
        form.description = action.getDescription();
        form.ownerPersonId = action.getOwnerPerson().getId();
        form.organisationOwned = action.getOwnerOrganisation() != null;
        form.dueDate = action.getDueDate();
        form.priority = action.getPriority();
        return form;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getAgendaItemId() {
        return agendaItemId;
    }

    public void setAgendaItemId(Long agendaItemId) {
        this.agendaItemId = agendaItemId;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Long getOwnerPersonId() {
        return ownerPersonId;
    }

    public void setOwnerPersonId(Long ownerPersonId) {
        this.ownerPersonId = ownerPersonId;
    }

    /** The owner's organisation owns the action, the person being its named contact. */
    public boolean isOrganisationOwned() {
        return organisationOwned;
    }

    public void setOrganisationOwned(boolean organisationOwned) {
        this.organisationOwned = organisationOwned;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public void setDueDate(LocalDate dueDate) {
        this.dueDate = dueDate;
    }

    public ActionPriority getPriority() {
        return priority;
    }

    public void setPriority(ActionPriority priority) {
        this.priority = priority;
    }
}
