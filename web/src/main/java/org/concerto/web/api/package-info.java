/** Concerto's REST API: for now the health check that operations and the start script poll. */
package org.concerto.web.api;
