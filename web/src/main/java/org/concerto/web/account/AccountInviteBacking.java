package org.concerto.web.account;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.concerto.security.AccountService;
import org.concerto.security.AccountStatus;
import org.concerto.shared.BusinessException;
import org.concerto.shared.Messages;
import org.concerto.shared.Role;

import java.io.Serializable;

/** The person page's "Access to Concerto" section: the account's state, and the invitation to Concerto. */
@Named
@ViewScoped
public class AccountInviteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private FacesContext context;

    private Long personId;
    private AccountStatus status;
    private Role role = Role.PARTICIPANT;

    /** The status of the person's account, read once per view. */
    public AccountStatus status(Long id) {
        if (status == null || !id.equals(personId)) {
            personId = id;
            status = accounts.status(id);
        }
        return status;
    }

    public void invite() {
        try {
            accounts.invite(personId, role);
        } catch (BusinessException refused) {
            context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(context.getViewRoot().getLocale()), null));
            return;
        }
        status = accounts.status(personId);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                Messages.format(context.getViewRoot().getLocale(), "notice.account.invited", status.getLogin()), null));
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
