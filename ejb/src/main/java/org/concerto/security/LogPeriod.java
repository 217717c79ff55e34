package org.concerto.security;

import java.time.Instant;
import org.concerto.shared.BusinessException;

/** The period of the security log's filter (outside the EJB: an enterprise bean has no static methods). */
public final class LogPeriod {

    private LogPeriod() {}

    /** A period that ends before it starts is a mistake to point out, not an empty result. */
    public static void require(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new BusinessException("error.securityLog.period");
        }
    }
}
