package org.concerto.web.privacy;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concerto.privacy.PrivacyService;
import org.concerto.web.Notices;

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
        privacy.anonymise(personId, version);
        notices.doneBeforeRedirect("notice.privacy.anonymised");
        return "/directory/person?faces-redirect=true&id=" + personId;
    }
}
