package org.concerto.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.concerto.shared.Messages;

/** Tells the user that something was done, in their language. */
@RequestScoped
public class Notices {

    @Inject
    private FacesContext context;

    @Inject
    private LocaleBacking language;

    /** On the page being answered (an ajax update). */
    public void done(String key, Object... arguments) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.format(language.getLocale(), key, arguments), null));
    }

    /** On the page a redirect is about to open. */
    public void doneBeforeRedirect(String key, Object... arguments) {
        done(key, arguments);
        context.getExternalContext().getFlash().setKeepMessages(true);
    }
}
