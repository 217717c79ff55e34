package org.concerto.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.shared.Messages;

/**
 * Page titles derived from the page's path: /meeting/list.xhtml reads "page.meeting.list" from the
 * bundle, so no page spells its own title twice.
 */
@Named("page")
@RequestScoped
public class Pages {

    @Inject
    private FacesContext context;

    @Inject
    private LocaleBacking language;

    public String getKey() {
        String viewId = context.getViewRoot() == null
                ? "/index.xhtml"
                : context.getViewRoot().getViewId();
        String path = viewId.startsWith("/") ? viewId.substring(1) : viewId;
        return "page." + path.replace(".xhtml", "").replace('/', '.');
    }

    public String getTitle() {
        return Messages.get(language.getLocale(), getKey());
    }
}
