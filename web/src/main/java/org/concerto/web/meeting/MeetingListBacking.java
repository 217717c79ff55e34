package org.concerto.web.meeting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.meeting.MeetingSearch;
import org.concerto.meeting.MeetingService;
import org.concerto.meeting.MeetingSort;
import org.concerto.meeting.MeetingStatus;
import org.concerto.meeting.MeetingSummary;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

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
        public List<MeetingSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            applySort(sortBy);
            return meetings.search(search, first, pageSize);
        }

        @Override
        public String getRowKey(MeetingSummary meeting) {
            return String.valueOf(meeting.getId());
        }
    };

    /** The table's sort field names are the MeetingSort constants; anything else keeps the default order. */
    private void applySort(Map<String, SortMeta> sortBy) {
        search.setSort(MeetingSort.START);
        search.setAscending(false);
        for (SortMeta meta : sortBy.values()) {
            for (MeetingSort sort : MeetingSort.values()) {
                if (sort.name().equals(meta.getField())) {
                    search.setSort(sort);
                    search.setAscending(meta.getOrder() == SortOrder.ASCENDING);
                    return;
                }
            }
        }
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
