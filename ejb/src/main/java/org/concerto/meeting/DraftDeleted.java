package org.concerto.meeting;

import java.util.List;

/**
 * A draft meeting is about to be deleted, in the deleting transaction: features that keep things of its
 * agenda items elsewhere (the agenda's documents) forget them now. An event, because those features sit above
 * the meeting and the meeting does not know them.
 */
public record DraftDeleted(long meetingId, List<Long> agendaItemIds) {

    public DraftDeleted {
        agendaItemIds = List.copyOf(agendaItemIds);
    }
}
