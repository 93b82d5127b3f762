package uk.nhs.patientsafety.eventsourcing.processing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.logging.Logger;
import uk.nhs.patientsafety.eventsourcing.outbox.OutboxDeadLetters;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.Roles;

/**
 * The event processors of this service, for an operator: which are stuck, and the events the outbox parked because
 * it could not publish them (listed without their payloads), with a command to retry them once the cause is fixed.
 */
@Path("/admin/processors")
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class ProcessorAdminResource {

    private static final Logger LOG = Logger.getLogger(ProcessorAdminResource.class);
    private static final int MAX_LIMIT = 1000;

    @Inject
    Processors processors;

    @Inject
    OutboxDeadLetters outboxDeadLetters;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "Every processing group: running, stopped or error, and the outbox's parked events")
    public List<Processors.State> all() {
        return processors.all();
    }

    @GET
    @Path("/outbox/dead-letters")
    @Operation(summary = "Events the outbox parked, aggregate by aggregate in order: ids, type, when and why")
    public List<OutboxDeadLetters.Parked> parked(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new ProblemException(Problem.of(
                    jakarta.ws.rs.core.Response.Status.BAD_REQUEST, "limit is between 1 and " + MAX_LIMIT + "."));
        }
        return outboxDeadLetters.list(limit);
    }

    @POST
    @Path("/outbox/dead-letters/retry")
    @Operation(summary = "Publish the parked events again, oldest first per aggregate; those that fail stay parked")
    public OutboxDeadLetters.RetryResult retry() {
        LOG.infof("outbox dead-letter retry requested by %s", caller.get().subject());
        return outboxDeadLetters.retry();
    }
}
