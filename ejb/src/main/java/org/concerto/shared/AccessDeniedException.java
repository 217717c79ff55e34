package org.concerto.shared;

import jakarta.ejb.ApplicationException;

/** The caller may not see or do this: refused by a service, whatever the page showed. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
