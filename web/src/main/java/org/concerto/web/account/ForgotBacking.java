package org.concerto.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.concerto.participant.EmailAddresses;
import org.concerto.security.AccountService;
import org.concerto.web.Notices;
import org.concerto.web.security.ClientAddress;

/** /account/forgot.xhtml: asks for a reset link; the answer is the same whether the address is known or not. */
@Named
@RequestScoped
public class ForgotBacking {

    @Inject
    private AccountService accounts;

    @Inject
    private Notices notices;

    @Inject
    private FacesContext context;

    @NotBlank @Size(max = EmailAddresses.LENGTH) private String emailOrLogin;

    private boolean sent;

    public void send() {
        accounts.requestReset(emailOrLogin, ClientAddress.of((HttpServletRequest)
                context.getExternalContext().getRequest()));
        notices.done("account.forgot.sent");
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
