package uk.nhs.patientsafety.eventsourcing.inbound;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Roles;

/**
 * What a consumed topic's dead-letter queue holds, and its replay once the cause is fixed. Administrators only; only
 * the topics this service consumes ({@code mp.messaging.incoming.*.topic}).
 */
@Path("/admin/dead-letters/{topic}")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeadLetterAdminResource {

    private static final Logger LOG = Logger.getLogger(DeadLetterAdminResource.class);

    @Inject
    DeadLetters deadLetters;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The records waiting on <topic>.dlq that have not been replayed: where, type, id and reason")
    public DeadLetters.Waiting waiting(@PathParam("topic") String topic) {
        return deadLetters.waiting(topic);
    }

    @POST
    @Path("/replay")
    @Operation(summary = "Re-publish every record waiting on <topic>.dlq to <topic>, once; answers the counts")
    public DeadLetters.Replayed replay(@PathParam("topic") String topic) {
        LOG.infof(
                "dead-letter replay of %s requested by %s", topic, caller.get().subject());
        return deadLetters.replay(topic);
    }
}
