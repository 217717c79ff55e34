package org.concerto.web.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Every form post must carry the nonce of the page it came from: PrimeFaces' CSP mode keeps it in the view and its
 * script adds it to every form and ajax request ({@code primefaces.nonce}). PrimeFaces itself compares them only when
 * the answer renders a script, after the action has run (and then fails with an error); here a post whose nonce is
 * missing or wrong ends, before anything is applied, on the "page expired" page, like a post with an unknown view
 * state.
 */
public class NonceCheck implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(NonceCheck.class.getName());

    /** The request parameter and view-map key PrimeFaces uses. */
    static final String NONCE = "primefaces.nonce";

    static final String EXPIRED_PAGE = "/errors/expired.xhtml";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        UIViewRoot view = context.getViewRoot();
        if (!context.isPostback() || view == null || view.isTransient() || context.getResponseComplete()) {
            return;
        }
        Map<String, Object> viewMap = view.getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        if (expected == null) {
            return;
        }
        ExternalContext external = context.getExternalContext();
        String sent = external.getRequestParameterMap().get(NONCE);
        if (expected.equals(sent)) {
            return;
        }
        LOG.info(() -> "Form post to " + view.getViewId() + " refused: " + (sent == null ? "no" : "a wrong")
                + " page nonce (user " + external.getRemoteUser() + ")");
        try {
            external.redirect(external.getRequestContextPath() + EXPIRED_PAGE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing before the view is restored: the nonce is kept in it.
    }
}
