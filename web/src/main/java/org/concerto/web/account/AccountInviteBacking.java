package org.concerto.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.concerto.security.AccountService;
import org.concerto.security.AccountStatus;
import org.concerto.shared.Role;
import org.concerto.web.Notices;

/** The person page's "Access to Concerto" section: the account's state, and the invitation to Concerto. */
@Named
@ViewScoped
public class AccountInviteBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;

    @Inject
    private Notices notices;

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
        accounts.invite(personId, role);
        status = accounts.status(personId);
        notices.done("notice.account.invited", status.getLogin());
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
