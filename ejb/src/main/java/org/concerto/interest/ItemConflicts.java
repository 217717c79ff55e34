package org.concerto.interest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The flagged people of one agenda item, in the order of the agenda. */
public class ItemConflicts implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long itemId;
    private final int number;
    private final String title;
    private final List<ConflictRow> rows = new ArrayList<>();

    ItemConflicts(long itemId, int number, String title) {
        this.itemId = itemId;
        this.number = number;
        this.title = title;
    }

    void add(ConflictRow row) {
        rows.add(row);
    }

    public long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public List<ConflictRow> getRows() {
        return rows;
    }
}
