package org.concerto.web.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concerto.consultation.ConsultationRow;
import org.concerto.consultation.ConsultationService;
import org.concerto.consultation.ResponseService;
import org.concerto.web.CurrentUser;

/** /consultation/list.xhtml: every consultation for the secretariat; those one may answer for a participant. */
@Named
@RequestScoped
public class ConsultationListBacking {

    @Inject
    private ConsultationService consultations;

    @Inject
    private ResponseService responses;

    @Inject
    private CurrentUser user;

    private List<ConsultationRow> rows;

    public List<ConsultationRow> getRows() {
        if (rows == null) {
            rows = user.isSecretariat() ? consultations.list() : responses.mine();
        }
        return rows;
    }
}
