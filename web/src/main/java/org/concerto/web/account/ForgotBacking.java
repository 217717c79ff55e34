package org.concerto.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.concerto.security.AccountService;
import org.concerto.shared.Messages;
import org.concerto.web.security.ClientAddress;

/** /account/forgot.xhtml: asks for a reset link; the answer is the same whether the address is known or not. */
@Named
@RequestScoped
public class ForgotBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext context;

    private String emailOrLogin;

    private boolean sent;

    public void send() {
        accounts.requestReset(emailOrLogin, ClientAddress.of((HttpServletRequest) context.getExternalContext().getRequest()));
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.get(context.getViewRoot().getLocale(), "account.forgot.sent"), null));
        emailOrLogin = null;
        sent = true;
    }

    public String getEmailOrLogin() {
        return emailOrLogin;
    }

    public void setEmailOrLogin(String emailOrLogin) {
        this.emailOrLogin = emailOrLogin;
    }

    public boolean isSent() {
        return sent;
    }
}
