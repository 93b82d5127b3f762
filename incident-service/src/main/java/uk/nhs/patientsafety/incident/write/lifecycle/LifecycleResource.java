package uk.nhs.patientsafety.incident.write.lifecycle;

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
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.incident.access.IncidentAccess;
import uk.nhs.patientsafety.incident.write.incident.Action;
import uk.nhs.patientsafety.incident.write.incident.CommandResult;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.*;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * {@code POST /incidents/{id}/actions/{action}}: moves an incident along its SIF 2015 or PSIRF 2022 path. The
 * provider's patient safety lead acts on its own incidents; the lead commissioner takes the commissioner's decisions
 * (downgrade, extension, closure). An action the status does not allow is {@code 409} naming the allowed ones.
 */
@Path("/incidents/{id}/actions/{action}")
public class LifecycleResource {

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    IncidentAccess access;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Take an action on an incident",
            description = "Actions: " + "regrade-harm, involve-organisations, declare-serious-incident, log-on-steis,"
                    + " submit-initial-review, request-downgrade, agree-downgrade, refuse-downgrade,"
                    + " set-investigation-level, commission-independent-investigation, request-clock-stop,"
                    + " agree-clock-stop, refuse-clock-stop, restart-clock, agree-extension, submit-report,"
                    + " request-further-information, close, reopen, choose-learning-response, agree-timeframe,"
                    + " agree-findings, agree-safety-actions, close-learning-response. Answers the incident's new"
                    + " status, allowed actions and deadlines.")
    public CommandResult act(
            @PathParam("id") String id,
            @PathParam("action") String actionCode,
            @HeaderParam("X-Request-Id") String requestId,
            ActionRequest body) {
        Caller caller = callers.get();
        Action action = Action.fromCode(actionCode)
                .orElseThrow(() -> new ProblemException(Problem.of(
                        Response.Status.NOT_FOUND, "No such action: see the allowed actions of the incident.")));
        access.authoriseAction(caller, action, id);
        Object command = ActionCommands.build(id, action, body, caller.org(), clock.instant());
        return commands.send(command, caller, requestId);
    }
}
