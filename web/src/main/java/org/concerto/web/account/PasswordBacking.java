package org.concerto.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.concerto.security.AccountService;
import org.concerto.security.LinkView;
import org.concerto.security.UserAccount;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Messages;
import org.concerto.web.security.ClientAddress;

import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * /account/password.xhtml?token=…: the page of the one-time link. Opening it changes nothing (a mail
 * scanner that follows links spends nothing); only the posted form sets the password and spends the link.
 */
@Named
@ViewScoped
public class PasswordBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext context;

    private String token;
    private LinkView link;
    private boolean invalid;
    // Held only between the posted form and the save; never written back to the page.
    private transient String password;
    private transient String confirmation;

    /** View action: the link's account, or the "no longer valid" text. */
    public void load() {
        if (link == null && !invalid) {
            try {
                link = accounts.link(token);
            } catch (BusinessException refused) {
                invalid = true;
            }
        }
    }

    public void save() throws IOException {
        if (password == null || !password.equals(confirmation)) {
            error("error.password.mismatch");
            return;
        }
        char[] chosen = password.toCharArray();
        try {
            accounts.choosePassword(token, chosen, ClientAddress.of((HttpServletRequest) context.getExternalContext().getRequest()));
        } catch (BusinessException refused) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    refused.getMessage(context.getViewRoot().getLocale()), null));
            context.validationFailed();
            if ("error.account.linkInvalid".equals(refused.getKey())) {
                invalid = true;
            }
            return;
        } finally {
            Arrays.fill(chosen, '\0');
            password = null;
            confirmation = null;
        }
        context.getExternalContext().redirect(context.getExternalContext().getRequestContextPath() + "/login.xhtml?passwordChosen=true");
    }

    private void error(String key) {
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                Messages.format(context.getViewRoot().getLocale(), key), null));
        context.validationFailed();
    }

    public int getMinLength() {
        return UserAccount.MIN_PASSWORD_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public LinkView getLink() {
        return link;
    }

    public boolean isInvalid() {
        return invalid;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
