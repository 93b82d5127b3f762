package uk.nhs.patientsafety.eventsourcing.readmodel;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Roles;

/**
 * Read models are derived data: an administrator can rebuild one from the event store (after a projection change,
 * say) and watch the replay catch up. Reads answer from the partly rebuilt tables meanwhile.
 */
@Path("/admin/read-models/{group}")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ReadModelAdminResource {

    private static final Logger LOG = Logger.getLogger(ReadModelAdminResource.class);

    @Inject
    ReadModels readModels;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "A processing group's replay status")
    public ReadModels.Status status(@PathParam("group") String group) {
        return readModels.status(group);
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild a read model by replaying the event store into its group; 202, then poll the status")
    public Response rebuild(@PathParam("group") String group) {
        LOG.infof(
                "read model rebuild of %s requested by %s", group, caller.get().subject());
        return Response.accepted(readModels.rebuild(group)).build();
    }
}
