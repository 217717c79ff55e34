package org.concerto.arquillian;

import java.lang.annotation.Annotation;
import org.jboss.arquillian.core.spi.HashObjectStore;
import org.jboss.arquillian.core.spi.context.AbstractContext;
import org.jboss.arquillian.core.spi.context.ObjectStore;

/**
 * The context of {@link SuiteScoped} objects. It is active for the whole run, below the class context, so
 * that every class finds the suite's deployment scenario where Arquillian looks for its own.
 */
public class SuiteScopedContext extends AbstractContext<String> implements SuiteContext {

    private static final String ID = "concerto-suite";

    @Override
    public Class<? extends Annotation> getScope() {
        return SuiteScoped.class;
    }

    @Override
    public void activate() {
        super.activate(ID);
    }

    @Override
    protected ObjectStore createNewObjectStore() {
        return new HashObjectStore();
    }
}
