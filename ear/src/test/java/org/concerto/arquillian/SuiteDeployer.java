package org.concerto.arquillian;

import org.jboss.arquillian.container.spi.client.deployment.DeploymentScenario;
import org.jboss.arquillian.container.spi.event.DeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.UnDeployManagedDeployments;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.container.test.impl.client.deployment.event.GenerateDeployment;
import org.jboss.arquillian.core.api.Event;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.arquillian.test.spi.annotation.ClassScoped;
import org.jboss.arquillian.test.spi.context.ClassContext;
import org.jboss.arquillian.test.spi.event.suite.BeforeSuite;

/**
 * Generates and deploys {@link SuiteDeployment}'s archive before the first test class, lets every later
 * class reuse it (their own generate, deploy and undeploy events are swallowed), and undeploys it when the
 * container stops at the end of the run.
 */
public class SuiteDeployer {

    @Inject
    private Instance<ClassContext> classContext;

    @Inject
    @ClassScoped
    private InstanceProducer<DeploymentScenario> classScenario;

    @Inject
    @SuiteScoped
    private InstanceProducer<DeploymentScenario> suiteScenario;

    @Inject
    private Instance<SuiteContext> suiteContext;

    @Inject
    private Event<GenerateDeployment> generate;

    @Inject
    private Event<UnDeployManagedDeployments> undeploy;

    private boolean generated;
    private boolean deployPending;
    private boolean undeployPending;

    public void generateOnce(@Observes(precedence = -100) BeforeSuite event) {
        classContext.get().activate(SuiteDeployment.class);
        try {
            generate.fire(new GenerateDeployment(new TestClass(SuiteDeployment.class)));
            DeploymentScenario scenario = classScenario.get();
            suiteContext.get().activate();
            suiteScenario.set(scenario);
        } finally {
            classContext.get().deactivate();
        }
        generated = true;
        deployPending = true;
    }

    public void generateNothingMore(@Observes EventContext<GenerateDeployment> context) {
        if (!generated) {
            context.proceed();
        }
    }

    public void deployOnce(@Observes EventContext<DeployManagedDeployments> context) {
        if (deployPending) {
            deployPending = false;
            context.proceed();
        }
    }

    public void undeployAtTheEnd(@Observes EventContext<UnDeployManagedDeployments> context) {
        if (undeployPending) {
            undeployPending = false;
            context.proceed();
        }
    }

    public void beforeStop(@Observes BeforeStop event) {
        undeployPending = true;
        undeploy.fire(new UnDeployManagedDeployments());
    }
}
