package org.concerto.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Deploys the application once for the whole test run instead of once per test class.
 *
 * <p>Arquillian deploys and undeploys each class's {@code @Deployment}; with about thirty classes that was
 * most of the suite's time (a deployment runs the migrations check, Hibernate's boot and the faces set-up).
 * Every test class here runs against the same EAR ({@link SuiteDeployment}): the real {@code concerto.ear}
 * plus the test WAR. Tests never rely on a fresh deployment: each makes its own data.
 */
public class OneDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(SuiteDeployer.class).context(SuiteScopedContext.class);
    }
}
