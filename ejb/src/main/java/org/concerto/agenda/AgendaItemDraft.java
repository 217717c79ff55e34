package org.concerto.agenda;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.concerto.meeting.AgendaItem;
import org.concerto.meeting.AgendaItemKind;
import org.concerto.participant.Organisation;

/** What the agenda item form edits, with the version it was read at (null id for a new item). */
public class AgendaItemDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private long version;

    @NotBlank @Size(max = AgendaItem.TITLE_LENGTH) private String title;

    @Size(max = AgendaItem.DESCRIPTION_LENGTH) private String description;

    private AgendaItemKind kind = AgendaItemKind.DISCUSSION;
    private Long presenterPersonId;
    private Long presenterOrganisationId;
    private Integer plannedMinutes = 30;
    private boolean confidential;
    /** The organisations the item concerns, for conflict-of-interest flags. */
    private List<Long> concernedOrganisationIds = new ArrayList<>();

    static AgendaItemDraft of(AgendaItem item) {
        AgendaItemDraft draft = new AgendaItemDraft();
        draft.id = item.getId();
        draft.version = item.getVersion();
        draft.title = item.getTitle();
        draft.description = item.getDescription();
        draft.kind = item.getKind();
        draft.presenterPersonId = item.getPresenterPerson() == null
                ? null
                : item.getPresenterPerson().getId();
        draft.presenterOrganisationId = item.getPresenterOrganisation() == null
                ? null
                : item.getPresenterOrganisation().getId();
        draft.plannedMinutes = item.getPlannedMinutes();
        draft.confidential = item.isConfidential();
        draft.concernedOrganisationIds = new ArrayList<>(item.getConcernedOrganisations().stream()
                .map(Organisation::getId)
                .sorted()
                .toList());
        return draft;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public AgendaItemKind getKind() {
        return kind;
    }

    public void setKind(AgendaItemKind kind) {
        this.kind = kind;
    }

    public Long getPresenterPersonId() {
        return presenterPersonId;
    }

    public void setPresenterPersonId(Long presenterPersonId) {
        this.presenterPersonId = presenterPersonId;
    }

    public Long getPresenterOrganisationId() {
        return presenterOrganisationId;
    }

    public void setPresenterOrganisationId(Long presenterOrganisationId) {
        this.presenterOrganisationId = presenterOrganisationId;
    }

    public Integer getPlannedMinutes() {
        return plannedMinutes;
    }

    public void setPlannedMinutes(Integer plannedMinutes) {
        this.plannedMinutes = plannedMinutes;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public List<Long> getConcernedOrganisationIds() {
        return concernedOrganisationIds;
    }

    public void setConcernedOrganisationIds(List<Long> concernedOrganisationIds) {
        this.concernedOrganisationIds =
                concernedOrganisationIds == null ? new ArrayList<>() : new ArrayList<>(concernedOrganisationIds);
    }
}
