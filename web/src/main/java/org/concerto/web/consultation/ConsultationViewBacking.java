package org.concerto.web.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concerto.consultation.Consultation;
import org.concerto.consultation.ConsultationService;
import org.concerto.consultation.Dashboard;
import org.concerto.consultation.ResponseRow;

/** /consultation/view.xhtml?id=…: the secretariat's dashboard of a consultation and its responses. */
@Named
@RequestScoped
public class ConsultationViewBacking {

    /** Responses shown at once; the figures above count all of them. */
    public static final int PAGE = 100;

    @Inject
    private ConsultationService consultations;

    private Long id;
    private int first;
    private Consultation consultation;
    private Dashboard dashboard;
    private List<ResponseRow> responses;

    public void load() {
        consultation = consultations.consultation(id);
        dashboard = consultations.dashboard(id);
        responses = consultations.responses(id, Math.max(0, first), PAGE);
    }

    public Consultation getConsultation() {
        return consultation;
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    public List<ResponseRow> getResponses() {
        return responses;
    }

    public boolean isMore() {
        return responses.size() == PAGE;
    }

    public int getNext() {
        return first + PAGE;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getFirst() {
        return first;
    }

    public void setFirst(int first) {
        this.first = first;
    }
}
