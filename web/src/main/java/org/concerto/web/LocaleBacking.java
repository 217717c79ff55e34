package org.concerto.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Locale;
import org.concerto.participant.Language;

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

    /**
     * Switches the language and reloads the page the user was on, with its parameters (the address
     * the browser shows, which the switch's form was posted from).
     */
    public void switchTo(String code) throws IOException {
        chosen = "en".equals(code) ? Language.EN : Language.FR;
        var external = FacesContext.getCurrentInstance().getExternalContext();
        String referer = external.getRequestHeaderMap().get("Referer");
        String home = external.getRequestContextPath() + "/index.xhtml";
        external.redirect(
                referer != null && URI.create(referer).getPath().startsWith(external.getRequestContextPath() + "/")
                        ? referer
                        : home);
    }
}
