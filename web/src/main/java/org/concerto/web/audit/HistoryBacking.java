package org.concerto.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.concerto.audit.HistoryEntry;
import org.concerto.audit.HistoryPage;
import org.concerto.audit.HistoryService;
import org.concerto.meeting.MeetingDetails;
import org.concerto.meeting.MeetingService;
import org.concerto.shared.NotFoundException;
import org.concerto.web.LocaleBacking;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * /meeting/history.xhtml?id=…[&amp;item=…]: who changed what in a meeting, and when, newest first, a page
 * at a time; narrowed to one agenda item (with its documents and recusals) by the item filter.
 */
@Named
@ViewScoped
public class HistoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private HistoryService history;

    @Inject
    private MeetingService meetings;

    @Inject
    private LocaleBacking language;

    private String id;
    private Long item;
    private MeetingDetails meeting;
    private Map<Long, String> items;
    private int total = -1;

    private final LazyDataModel<HistoryEntry> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (total < 0) {
                total = history.meeting(meetingId(), item, 0, 1, language.getLocale())
                        .getTotal();
            }
            return total;
        }

        @Override
        public List<HistoryEntry> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            HistoryPage page = history.meeting(meetingId(), item, first, pageSize, language.getLocale());
            total = page.getTotal();
            return page.getEntries();
        }

        @Override
        public String getRowKey(HistoryEntry entry) {
            return entry.getRevision() + "-" + entry.getRecordKind() + "-" + entry.getRecord();
        }
    };

    /** View action: the meeting (403 or 404 as the service decides) and the agenda items it has had. */
    public void load() {
        if (meeting == null) {
            meeting = meetings.details(meetingId());
            items = history.items(meetingId());
            if (item != null && !items.containsKey(item)) {
                throw new NotFoundException();
            }
        }
    }

    /** Filter changed: count again from the first page. */
    public void filter() {
        total = -1;
    }

    private long meetingId() {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException | NullPointerException e) {
            throw new NotFoundException();
        }
    }

    public LazyDataModel<HistoryEntry> getModel() {
        return model;
    }

    public MeetingDetails getMeeting() {
        return meeting;
    }

    public Map<Long, String> getItems() {
        return items;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public Long getItem() {
        return item;
    }

    public void setItem(Long item) {
        this.item = item;
    }
}
