package org.concerto.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.concerto.shared.Health;
import org.concerto.shared.HealthService;

/**
 * GET /api/health: 200 with {"status":"UP",...} when Concerto can reach its database and write its files (its
 * readiness), 503 otherwise, saying which of the two failed.
 * Open without login, and says nothing a stranger could use (no versions, no host names).
 */
@Path("health")
public class HealthResource {

    @Inject
    private HealthService health;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response check() {
        Health state = health.check();
        String body = "{\"status\":\"" + (state.isUp() ? "UP" : "DOWN") + "\",\"database\":\""
                + (state.isDatabaseUp() ? "UP" : "DOWN") + "\",\"storage\":\""
                + (state.isStorageUp() ? "UP" : "DOWN") + "\",\"schemaVersion\":"
                + (state.getSchemaVersion() == null ? "null" : "\"" + state.getSchemaVersion() + "\"") + "}";
        return Response.status(state.isUp() ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
                .entity(body)
                .header("Cache-Control", "no-store")
                .build();
    }
}
