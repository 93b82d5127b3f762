package uk.nhs.patientsafety.summit.write.summitlifecycle;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.summit.access.SummitAccess;
import uk.nhs.patientsafety.summit.reference.EscalationLevels;
import uk.nhs.patientsafety.summit.write.summit.Action;
import uk.nhs.patientsafety.summit.write.summit.SummitResult;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * A summit's lifecycle, one action per call: {@code POST /summits/{id}/actions/{action}} ({@code convene},
 * {@code record-held}, {@code record-outcomes}, {@code schedule-follow-up}, {@code conclude}) by the convening
 * organisation, and its agreed actions' steps {@code POST /summits/{id}/actions-log/{actionId}/actions/{complete |
 * cancel}}. A status that does not allow the action is {@code 409} naming the allowed ones.
 */
@Path("/summits/{id}")
public class SummitLifecycleResource {

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    SummitAccess access;

    @Inject
    EscalationLevels levels;

    @Inject
    Clock clock;

    @POST
    @Path("/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Convene, record held, record outcomes, schedule a follow-up or conclude a summit")
    public SummitResult act(
            @PathParam("id") String id,
            @PathParam("action") String actionCode,
            @HeaderParam("X-Request-Id") String requestId,
            SummitActionRequest body) {
        Caller caller = callers.get();
        Action action = Action.summitAction(actionCode)
                .orElseThrow(() -> new ProblemException(Problem.of(
                        Response.Status.NOT_FOUND,
                        "No such action: convene, record-held, record-outcomes, schedule-follow-up or conclude.")));
        access.authoriseRunning(caller, id, action.code());
        Instant now = clock.instant();
        Object command =
                SummitActionCommands.build(id, action, body, levels.on(England.dateOf(now)), caller.org(), now);
        return commands.send(command, caller, requestId);
    }

    @POST
    @Path("/actions-log/{actionId}/actions/{step}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Complete (owner or convenor) or cancel (convenor, with a reason) an agreed summit action")
    public SummitResult onAction(
            @PathParam("id") String id,
            @PathParam("actionId") String actionId,
            @PathParam("step") String step,
            @HeaderParam("X-Request-Id") String requestId,
            SummitActionRequest body) {
        Caller caller = callers.get();
        Action action = Action.actionItemAction(step)
                .orElseThrow(() -> new ProblemException(
                        Problem.of(Response.Status.NOT_FOUND, "No such step: complete or cancel.")));
        access.authoriseOnAction(caller, id, actionId, action.party() == Action.Party.OWNER_OR_CONVENOR, action.code());
        return commands.send(
                SummitActionCommands.onAction(id, actionId, action, body, caller.org(), clock.instant()),
                caller,
                requestId);
    }
}
