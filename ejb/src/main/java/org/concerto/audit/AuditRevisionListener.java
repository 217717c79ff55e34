package org.concerto.audit;

import jakarta.ejb.EJBContext;
import java.security.Principal;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.hibernate.envers.RevisionListener;

/**
 * Names the acting user of a revision. Every write runs in an EJB (the house rule), so the caller is the
 * EJB context's principal; outside a user's call (start-up) the revision is the system's.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).changedBy(actingUser());
    }

    static String actingUser() {
        try {
            EJBContext context = (EJBContext) new InitialContext().lookup("java:comp/EJBContext");
            Principal principal = context.getCallerPrincipal();
            String name = principal == null ? null : principal.getName();
            // "anonymous" stays as it is: an invitee answering from the link in their notice, without an account.
            if (name == null || name.isBlank()) {
                return AuditRevision.SYSTEM;
            }
            return name.length() > AuditRevision.LOGIN_LENGTH ? name.substring(0, AuditRevision.LOGIN_LENGTH) : name;
        } catch (NamingException | IllegalStateException e) {
            // Not inside an EJB call: only the server itself writes there.
            return AuditRevision.SYSTEM;
        }
    }
}
