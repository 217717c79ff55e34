package org.concerto.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.concerto.meeting.MeetingSearch;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.MeetingSort;
import org.concerto.meeting.MeetingStatus;
import org.concerto.meeting.MeetingSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * /meeting/list.xhtml: the meetings the user may see, paged, sorted and filtered in the database.
 * Only the rows of the page on screen are ever read.
 */
@Named
@ViewScoped
public class MeetingListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MeetingService meetings;

    private final MeetingSearch search = new MeetingSearch();

    private final LazyDataModel<MeetingSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) meetings.count(search);
        }

        @Override
        public List<MeetingSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            applySort(sortBy);
            return meetings.search(search, first, pageSize);
        }

        @Override
        public String getRowKey(MeetingSummary meeting) {
            return String.valueOf(meeting.getId());
        }
    };

    /** The table's columns, by the property they sort on; anything else keeps the default order (newest first). */
    private static final Map<String, MeetingSort> SORTABLE = Map.of(
            "title",
            MeetingSort.TITLE,
            "subject",
            MeetingSort.SUBJECT,
            "startsAt",
            MeetingSort.START,
            "status",
            MeetingSort.STATUS);

    private void applySort(Map<String, SortMeta> sortBy) {
        search.setSort(MeetingSort.START);
        search.setAscending(false);
        sortBy.values().stream()
                .filter(meta -> SORTABLE.containsKey(meta.getField()) && meta.getOrder() != SortOrder.UNSORTED)
                .findFirst()
                .ifPresent(meta -> {
                    search.setSort(SORTABLE.get(meta.getField()));
                    search.setAscending(meta.getOrder() == SortOrder.ASCENDING);
                });
    }

    public LazyDataModel<MeetingSummary> getModel() {
        return model;
    }

    public MeetingSearch getSearch() {
        return search;
    }

    public MeetingStatus[] getStatuses() {
        return MeetingStatus.values();
    }
}
