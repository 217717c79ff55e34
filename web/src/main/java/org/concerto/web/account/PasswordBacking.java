package org.concerto.web.account;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.Serializable;
import java.util.Arrays;
import org.concerto.security.AccountService;
import org.concerto.security.LinkView;
import org.concerto.security.PasswordPolicy;
import org.concerto.security.UserAccount;
import org.concerto.shared.BusinessException;
import org.concerto.web.Notices;
import org.concerto.web.security.ClientAddress;

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
    private Notices notices;

    @Inject
    private FacesContext context;

    private String token;
    private LinkView link;
    private boolean invalid;
    // Held only between the posted form and the save; never written back to the page.
    @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) private transient String password;

    @NotBlank @Size(max = PasswordPolicy.MAX_LENGTH) private transient String confirmation;

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
            notices.error("error.password.mismatch");
            return;
        }
        char[] chosen = password.toCharArray();
        try {
            accounts.choosePassword(token, chosen, ClientAddress.of((HttpServletRequest)
                    context.getExternalContext().getRequest()));
        } catch (BusinessException refused) {
            // A spent or expired link: the page says so instead of showing the form again.
            if ("error.account.linkInvalid".equals(refused.getKey())) {
                invalid = true;
            }
            throw refused;
        } finally {
            Arrays.fill(chosen, '\0');
            password = null;
            confirmation = null;
        }
        context.getExternalContext()
                .redirect(context.getExternalContext().getRequestContextPath() + "/login.xhtml?passwordChosen=true");
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
