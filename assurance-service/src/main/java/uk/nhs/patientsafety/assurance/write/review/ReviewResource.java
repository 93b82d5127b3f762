package uk.nhs.patientsafety.assurance.write.review;

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
import uk.nhs.patientsafety.assurance.access.CaseAccess;
import uk.nhs.patientsafety.assurance.write.assurancecase.Action;
import uk.nhs.patientsafety.assurance.write.assurancecase.CommandResult;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * {@code POST /assurance/cases/{id}/actions/{action}}: the lead commissioner's review and decisions on a case. An
 * action the status does not allow is {@code 409} naming the allowed ones.
 */
@Path("/assurance/cases/{id}/actions/{action}")
public class ReviewResource {

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    CaseAccess access;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Take an action on an assurance case",
            description = "Actions: start-review, record-review, request-further-information, agree-closure,"
                    + " refuse-closure, escalate-to-quality-forum. Answers the case's new status, allowed actions"
                    + " and review deadline.")
    public CommandResult act(
            @PathParam("id") String id,
            @PathParam("action") String actionCode,
            @HeaderParam("X-Request-Id") String requestId,
            ActionRequest body) {
        Caller caller = callers.get();
        Action action = Action.fromCode(actionCode)
                .orElseThrow(() -> new ProblemException(
                        Problem.of(Response.Status.NOT_FOUND, "No such action: see the case's allowed actions.")));
        access.authoriseDecision(caller, id, action.code());
        Object command = ActionCommands.build(id, action, body, caller.org(), clock.instant());
        return commands.send(command, caller, requestId);
    }
}
