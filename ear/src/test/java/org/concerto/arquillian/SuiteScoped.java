package org.concerto.arquillian;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jboss.arquillian.core.api.annotation.Scope;

/** Objects that live from the first test class to the end of the run: the one deployment scenario. */
@Scope
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SuiteScoped {}
