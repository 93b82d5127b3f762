package uk.nhs.patientsafety.assurance.write.safetyactions;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.assurance.access.ActionAccess;
import uk.nhs.patientsafety.assurance.write.safetyaction.Action;
import uk.nhs.patientsafety.assurance.write.safetyaction.ActionResult;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/** {@code POST /assurance/safety-actions/{id}/actions/{action}}: one step of a safety action's lifecycle. */
@Path("/assurance/safety-actions/{id}/actions/{action}")
public class SafetyActionResource {

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    ActionAccess access;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Take a step on a safety action",
            description = "Steps: agree (SIF: the lead commissioner; PSIRF: the provider), start, submit-evidence"
                    + " (provider), verify, reject-evidence, escalate (lead commissioner; escalate only when overdue).")
    public ActionResult act(
            @PathParam("id") String id,
            @PathParam("action") String actionCode,
            @HeaderParam("X-Request-Id") String requestId,
            StepRequest body) {
        Caller caller = callers.get();
        Action action = Action.fromCode(actionCode)
                .orElseThrow(() -> new ProblemException(Problem.of(
                        Response.Status.NOT_FOUND, "No such action: see the safety action's allowed actions.")));
        String framework = access.framework(id).orElseThrow(ActionAccess::noSuchAction);
        access.authoriseStep(
                caller,
                id,
                action.code(),
                action.party(framework) == Action.Party.PROVIDER
                        ? ActionAccess.Actor.PROVIDER
                        : ActionAccess.Actor.LEAD_COMMISSIONER);
        return commands.send(StepCommands.build(id, action, body, caller.org(), clock.instant()), caller, requestId);
    }
}
