package uk.nhs.patientsafety.assurance.write.actionplans;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.eventsourcing.idempotency.IdempotentRequests;
import uk.nhs.patientsafety.web.CurrentCaller;

/** {@code POST /assurance/action-plans}: the provider's patient safety lead records an incident's safety actions. */
@Path("/assurance/action-plans")
public class ActionPlanResource {

    @Inject
    ActionPlanIntake intake;

    @Inject
    CurrentCaller callers;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Record an incident's action plan",
            description = "For an incident whose SIF report was submitted or whose PSIRF safety actions were agreed."
                    + " Each action: description, ownerOds, ownerRole, dueOn, measureOfSuccess. Idempotency-Key"
                    + " required. Answers 201 with the plan id and each proposed action's id.")
    public Response record(
            @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
            @HeaderParam("X-Request-Id") String requestId,
            PlanRequest plan) {
        String key = IdempotentRequests.checkedKey(idempotencyKey, "invalid-action-plan");
        IdempotentRequests.Answer answer = intake.record(callers.get(), key, requestId, plan);
        return Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON)
                .location(URI.create("/assurance/safety-actions?planId=" + answer.resourceId()))
                .entity(answer.body())
                .build();
    }
}
