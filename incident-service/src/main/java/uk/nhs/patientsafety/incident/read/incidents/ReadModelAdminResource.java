package uk.nhs.patientsafety.incident.read.incidents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.web.CurrentCaller;

/**
 * The incident read model is derived data: an administrator can rebuild it from the event store (after a projection
 * change, say) and watch the replay catch up. Reads answer from the partly rebuilt table meanwhile.
 */
@Path("/admin/read-models/incidents")
@RolesAllowed("platform-admin")
public class ReadModelAdminResource {

    private static final Logger LOG = Logger.getLogger(ReadModelAdminResource.class);

    @Inject
    ReadModelReplay replay;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The incident read model's replay status")
    public ReadModelReplay.Status status() {
        return replay.status();
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild the incident read model by replaying the event store; 202, then poll the status")
    public Response rebuild() {
        LOG.infof("Incident read model rebuild requested by %s", caller.get().subject());
        replay.rebuild();
        return Response.accepted(replay.status()).build();
    }
}
