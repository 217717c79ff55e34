package org.concerto.arquillian;

import org.concerto.it.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The one deployment of the run: the EAR as built, plus the in-container tests in their own WAR. */
final class SuiteDeployment {

    private SuiteDeployment() {}

    @Deployment
    static EnterpriseArchive suite() {
        return Deployments.earWithTests();
    }
}
