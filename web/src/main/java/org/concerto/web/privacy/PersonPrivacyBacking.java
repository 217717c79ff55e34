package org.concerto.web.privacy;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.privacy.PrivacyService;
import org.concerto.shared.BusinessException;
import org.concerto.web.LocaleBacking;
import org.concerto.web.Notices;

import java.io.Serializable;

/**
 * The personal-data section of /directory/person.xhtml, for the secretariat: the person's export, and
 * their anonymisation once confirmed.
 */
@Named
@ViewScoped
public class PersonPrivacyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PrivacyService privacy;

    @Inject
    private Notices notices;

    @Inject
    private FacesContext context;

    @Inject
    private LocaleBacking language;

    private Boolean anonymisable;

    /** Neither already anonymised nor regulator staff. */
    public boolean canAnonymise(Long personId) {
        if (anonymisable == null) {
            anonymisable = personId != null && privacy.canAnonymise(personId);
        }
        return anonymisable;
    }

    /** Anonymises the person at the version the page shows, then shows the page again. */
    public String anonymise(long personId, long version) {
        try {
            privacy.anonymise(personId, version);
            notices.doneBeforeRedirect("notice.privacy.anonymised");
            return "/directory/person?faces-redirect=true&id=" + personId;
        } catch (BusinessException refusal) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(language.getLocale()), null));
            return null;
        }
    }
}
