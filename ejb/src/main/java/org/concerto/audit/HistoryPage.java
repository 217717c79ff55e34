package org.concerto.audit;

import java.util.List;

/** One page of a history, newest first, and how many entries there are in all. */
public class HistoryPage {

    private final List<HistoryEntry> entries;
    private final int total;

    HistoryPage(List<HistoryEntry> entries, int total) {
        this.entries = List.copyOf(entries);
        this.total = total;
    }

    public List<HistoryEntry> getEntries() {
        return entries;
    }

    public int getTotal() {
        return total;
    }
}
