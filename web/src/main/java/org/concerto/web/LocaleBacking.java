package org.concerto.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.participant.Language;

import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language of the pages: the one the user picked in the header, else their preferred language,
 * else French.
 */
@Named("language")
@SessionScoped
public class LocaleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CurrentUser currentUser;

    private Language chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return chosen.locale();
        }
        if (currentUser.isLoggedIn() && currentUser.getCaller().getLanguage() != null) {
            return currentUser.getCaller().getLanguage().locale();
        }
        return Locale.FRENCH;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    public boolean isEnglish() {
        return Language.of(getLocale()) == Language.EN;
    }

    /** Switches the language and reloads the same page (a GET, so the address stays shareable). */
    public void switchTo(String code) throws IOException {
        chosen = "en".equals(code) ? Language.EN : Language.FR;
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(chosen.locale());
        var external = context.getExternalContext();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        String referer = external.getRequestHeaderMap().get("Referer");
        external.redirect(referer != null && referer.contains(external.getRequestContextPath())
                ? referer : external.getRequestContextPath() + context.getViewRoot().getViewId() + (query == null ? "" : "?" + query));
    }
}
