package org.concerto.action;

import java.io.Serializable;
import java.util.List;

/**
 * The actions decided on one agenda item, for the minutes and the meeting page: the item's
 * number and title, then its actions by due date. The actions decided outside any item come last,
 * with no number and no title.
 */
public class AgendaActions implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long agendaItemId;
    private final Integer number;
    private final String title;
    private final List<ActionRow> actions;

    public AgendaActions(Long agendaItemId, Integer number, String title, List<ActionRow> actions) {
        this.agendaItemId = agendaItemId;
        this.number = number;
        this.title = title;
        this.actions = List.copyOf(actions);
    }

    /** Null for the actions decided outside the agenda's items. */
    public Long getAgendaItemId() {
        return agendaItemId;
    }

    /** The item's number on the agenda (1 is the first), null outside the agenda. */
    public Integer getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public List<ActionRow> getActions() {
        return actions;
    }
}
