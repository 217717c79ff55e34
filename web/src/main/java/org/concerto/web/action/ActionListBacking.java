package org.concerto.web.action;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.concerto.action.ActionDocuments;
import org.concerto.action.ActionPriority;
import org.concerto.action.ActionRow;
import org.concerto.action.ActionScope;
import org.concerto.action.ActionSearch;
import org.concerto.action.ActionService;
import org.concerto.action.ActionSort;
import org.concerto.action.ActionStatus;
import org.concerto.action.ActionTally;
import org.concerto.meeting.OrganisationOption;
import org.concerto.meeting.PreparationService;
import org.concerto.security.SecurityLog;
import org.concerto.shared.Messages;
import org.concerto.web.CurrentUser;
import org.concerto.web.LocaleBacking;
import org.concerto.web.document.FileDownload;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * /action/list.xhtml: "My actions" for everyone, and for the secretariat the follow-up of every action
 * with counts by organisation and by subject. Filters, order and paging are the database's; only the
 * rows on screen are read. The exports take the same filters.
 */
@Named
@ViewScoped
public class ActionListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, ActionSort> SORTABLE = Map.of(
            "dueDate",
            ActionSort.DUE,
            "priority",
            ActionSort.PRIORITY,
            "status",
            ActionSort.STATUS,
            "meetingStartsAt",
            ActionSort.MEETING,
            "ownerName",
            ActionSort.OWNER,
            "contactOrganisationName",
            ActionSort.ORGANISATION);

    @Inject
    private ActionService actions;

    @Inject
    private ActionDocuments documents;

    @Inject
    private PreparationService preparation;

    @Inject
    private CurrentUser currentUser;

    @Inject
    private LocaleBacking language;

    @Inject
    private SecurityLog securityLog;

    private final ActionSearch search = new ActionSearch();
    private boolean initialised;
    private List<OrganisationOption> organisations;
    private List<String> subjects;
    private List<ActionTally> byOrganisation;
    private List<ActionTally> bySubject;

    private final LazyDataModel<ActionRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) actions.count(search);
        }

        @Override
        public List<ActionRow> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            applySort(sortBy);
            return actions.search(search, first, pageSize);
        }

        @Override
        public String getRowKey(ActionRow row) {
            return String.valueOf(row.getId());
        }
    };

    /** View action: participants start on their own actions, the secretariat on every pending one. */
    public void load() {
        if (!initialised) {
            search.setMine(!currentUser.isSecretariat());
            initialised = true;
        }
    }

    private void applySort(Map<String, SortMeta> sortBy) {
        search.setSort(ActionSort.DUE);
        search.setAscending(true);
        sortBy.values().stream()
                .filter(meta -> SORTABLE.containsKey(meta.getField()) && meta.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .ifPresent(meta -> {
                    search.setSort(SORTABLE.get(meta.getField()));
                    search.setAscending(meta.getOrder() == SortOrder.ASCENDING);
                });
    }

    /** A click on an organisation's or a subject's count: the list shows those actions. */
    public void showOrganisation(Long organisationId, ActionScope scope) {
        search.setOrganisationId(organisationId);
        search.setSubject(null);
        search.setScope(scope);
        search.setMine(false);
    }

    public void showSubject(String subject, ActionScope scope) {
        search.setSubject(subject);
        search.setOrganisationId(null);
        search.setScope(scope);
        search.setMine(false);
    }

    /** The list with the filters on screen, as a CSV file: served like every other download, and logged. */
    public void exportCsv() throws IOException {
        FileDownload.fromPage(
                securityLog,
                () -> FileDownload.made(
                        Messages.get(language.getLocale(), "actions.pdf.file") + ".csv",
                        "text/csv; charset=UTF-8",
                        actions.csv(search, language.getLocale())));
    }

    /** The same as a PDF table. */
    public void exportPdf() throws IOException {
        FileDownload.fromPage(
                securityLog, () -> FileDownload.made(documents.list(search, selection(), language.getLocale())));
    }

    /** The filters in words, for the top of the PDF. */
    private String selection() {
        List<String> parts = new ArrayList<>();
        parts.add(Messages.label(language.getLocale(), search.getScope()));
        if (search.isMine()) {
            parts.add(Messages.get(language.getLocale(), "actions.filter.mine"));
        }
        if (search.getStatus() != null) {
            parts.add(Messages.label(language.getLocale(), search.getStatus()));
        }
        if (search.getPriority() != null) {
            parts.add(Messages.get(language.getLocale(), "actions.priority") + " : "
                    + Messages.label(language.getLocale(), search.getPriority()));
        }
        if (search.getOrganisationId() != null) {
            getOrganisations().stream()
                    .filter(o -> o.getId().equals(search.getOrganisationId()))
                    .findFirst()
                    .ifPresent(o -> parts.add(o.getName()));
        }
        if (search.getSubject() != null && !search.getSubject().isBlank()) {
            parts.add(search.getSubject());
        }
        if (search.getText() != null && !search.getText().isBlank()) {
            parts.add("« " + search.getText().trim() + " »");
        }
        return String.join(" · ", parts);
    }

    public LazyDataModel<ActionRow> getModel() {
        return model;
    }

    public ActionSearch getSearch() {
        return search;
    }

    public ActionScope[] getScopes() {
        return ActionScope.values();
    }

    public ActionStatus[] getStatuses() {
        return ActionStatus.values();
    }

    public ActionPriority[] getPriorities() {
        return ActionPriority.values();
    }

    public List<OrganisationOption> getOrganisations() {
        if (organisations == null) {
            organisations = currentUser.isSecretariat() ? preparation.organisations() : List.of();
        }
        return organisations;
    }

    public List<String> getSubjects() {
        if (subjects == null) {
            subjects = currentUser.isSecretariat() ? actions.subjects() : List.of();
        }
        return subjects;
    }

    public List<ActionTally> getByOrganisation() {
        if (byOrganisation == null) {
            byOrganisation = currentUser.isSecretariat() ? actions.byOrganisation() : List.of();
        }
        return byOrganisation;
    }

    public List<ActionTally> getBySubject() {
        if (bySubject == null) {
            bySubject = currentUser.isSecretariat() ? actions.bySubject() : List.of();
        }
        return bySubject;
    }

    /** The counts follow the data: read again after a filter change is not needed, after a reload they are. */
    public void refreshTallies() {
        byOrganisation = null;
        bySubject = null;
    }
}
