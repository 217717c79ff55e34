package org.concerto.shared;

import jakarta.ejb.ApplicationException;

/** What the user asked for does not exist (any more). */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
