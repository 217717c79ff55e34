package org.concerto.agenda;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.concerto.meeting.DraftDeleted;

/**
 * A draft meeting is deleted: its agenda items' documents go with it, synchronously, in the deleting transaction
 * (a CDI bean rather than an EJB method, so that the observer adds no business method to AgendaService).
 */
@ApplicationScoped
public class DraftDeletion {

    @Inject
    private AgendaService agenda;

    void forgetDocuments(@Observes DraftDeleted deleted) {
        agenda.deleteAttachments(deleted.agendaItemIds());
    }
}
