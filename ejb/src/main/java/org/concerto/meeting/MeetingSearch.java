package org.concerto.meeting;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;

/** What a meetings list asks for: filters and order. Paging is passed beside it. */
public class MeetingSearch implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest text searched for. */
    public static final int TEXT_LENGTH = 100;

    @Size(max = MeetingSearch.TEXT_LENGTH) private String text;

    private MeetingStatus status;
    private Instant from;
    private Instant to;
    private MeetingSort sort = MeetingSort.START;
    private boolean ascending;
    private boolean withoutCancelled;

    /** Meetings not yet over, soonest first: the dashboard's "my next meetings". */
    public static MeetingSearch upcoming(Instant now) {
        MeetingSearch search = new MeetingSearch();
        search.setFrom(now);
        search.setSort(MeetingSort.START);
        search.setAscending(true);
        search.setWithoutCancelled(true);
        return search;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public void setStatus(MeetingStatus status) {
        this.status = status;
    }

    public Instant getFrom() {
        return from;
    }

    /** Meetings that end at or after this instant. */
    public void setFrom(Instant from) {
        this.from = from;
    }

    public Instant getTo() {
        return to;
    }

    /** Meetings that start before this instant. */
    public void setTo(Instant to) {
        this.to = to;
    }

    public boolean isWithoutCancelled() {
        return withoutCancelled;
    }

    public void setWithoutCancelled(boolean withoutCancelled) {
        this.withoutCancelled = withoutCancelled;
    }

    public MeetingSort getSort() {
        return sort;
    }

    public void setSort(MeetingSort sort) {
        this.sort = sort == null ? MeetingSort.START : sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }
}
