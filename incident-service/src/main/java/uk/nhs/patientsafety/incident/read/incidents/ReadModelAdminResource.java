package uk.nhs.patientsafety.incident.read.incidents;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.eventsourcing.AxonRuntime;
import uk.nhs.patientsafety.web.CurrentCaller;

/**
 * The incident read model is derived data: an administrator can rebuild it from the event store (after a projection
 * change, say) and watch the replay catch up. Reads answer from the partly rebuilt table meanwhile.
 */
@Path("/admin/read-models/incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("platform-admin")
public class ReadModelAdminResource {

    private static final Logger LOG = Logger.getLogger(ReadModelAdminResource.class);

    /** Where the projection stands: replaying after a rebuild, caught up with the event store, and how far it got. */
    public record ProjectionStatus(String processingGroup, boolean replaying, boolean caughtUp, long position) {}

    @Inject
    AxonRuntime axon;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The incident read model's replay status")
    public ProjectionStatus status() {
        StreamingEventProcessor processor = processor();
        var segments = processor.processingStatus().values();
        boolean replaying = segments.stream().anyMatch(s -> s.isReplaying());
        boolean caughtUp = !segments.isEmpty() && segments.stream().allMatch(s -> s.isCaughtUp());
        long position = segments.stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                .min()
                .orElse(-1);
        return new ProjectionStatus(IncidentProjection.GROUP, replaying, caughtUp && !replaying, position);
    }

    @POST
    @Path("/rebuild")
    @Operation(summary = "Rebuild the incident read model by replaying the event store; 202, then poll the status")
    public Response rebuild() {
        StreamingEventProcessor processor = processor();
        LOG.infof("Incident read model rebuild requested by %s", caller.get().subject());
        processor.shutDown();
        processor.resetTokens();
        processor.start();
        return Response.accepted(status()).build();
    }

    private StreamingEventProcessor processor() {
        return axon.configuration()
                .eventProcessingConfiguration()
                .eventProcessor(IncidentProjection.GROUP, StreamingEventProcessor.class)
                .orElseThrow();
    }
}
