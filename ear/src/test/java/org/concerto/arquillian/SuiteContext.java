package org.concerto.arquillian;

import org.jboss.arquillian.core.spi.context.Context;

/** The context of {@link SuiteScoped} objects (Arquillian looks a context up by its interface). */
public interface SuiteContext extends Context {

    void activate();
}
