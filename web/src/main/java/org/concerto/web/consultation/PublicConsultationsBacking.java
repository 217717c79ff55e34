package org.concerto.web.consultation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.concerto.consultation.Answering;
import org.concerto.consultation.ConsultationRow;
import org.concerto.consultation.Phase;
import org.concerto.consultation.PublicConsultationService;
import org.concerto.consultation.ResponseService;
import org.concerto.participant.Language;
import org.concerto.web.LocaleBacking;
import org.concerto.web.Notices;

/**
 * /public/consultations.xhtml?q=…&amp;phase=… and /public/consultation.xhtml?id=…: the public consultation hub,
 * without an account. The search is in the address, so that a filtered list can be shared.
 */
@Named
@RequestScoped
public class PublicConsultationsBacking {

    @Inject
    private PublicConsultationService hub;

    @Inject
    private ResponseService responses;

    @Inject
    private LocaleBacking language;

    @Inject
    private Notices notices;

    private String q;
    private Phase phase;
    private Long id;
    private String email;
    private List<ConsultationRow> rows;
    private Answering page;

    public void loadList() {
        rows = hub.search(q, phase);
    }

    public void loadPage() {
        getPage();
    }

    /** Mails the private link; the same notice whatever the address had done before. */
    public String requestLink() {
        responses.requestLink(id, email, Language.of(language.getLocale()));
        notices.doneBeforeRedirect("notice.consultation.linkSent", email.trim());
        return "/public/consultation?faces-redirect=true&id=" + id;
    }

    public Phase[] getPhases() {
        return new Phase[] {Phase.OPEN, Phase.SCHEDULED, Phase.CLOSED};
    }

    public List<ConsultationRow> getRows() {
        return rows;
    }

    public Answering getPage() {
        if (page == null && id != null) {
            page = hub.page(id);
        }
        return page;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Phase getPhase() {
        return phase;
    }

    public void setPhase(Phase phase) {
        this.phase = phase;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
