package uk.nhs.patientsafety.summit.write.escalationlifecycle;

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
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.summit.access.EscalationAccess;
import uk.nhs.patientsafety.summit.reference.Vocabularies;
import uk.nhs.patientsafety.summit.write.escalation.Action;
import uk.nhs.patientsafety.summit.write.escalation.EscalationCommands.*;
import uk.nhs.patientsafety.summit.write.escalation.EscalationResult;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * {@code POST /escalations/{id}/actions/{action}} ({@code acknowledge}, {@code respond}, {@code acknowledge-feedback},
 * {@code close}). A status that does not allow the action is {@code 409} naming the allowed ones: closing before the
 * raiser acknowledged the response is one.
 */
@Path("/escalations/{id}/actions/{action}")
public class EscalationLifecycleResource {

    static final int MAX_TEXT = 4000;

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    EscalationAccess access;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Acknowledge, respond to, acknowledge the feedback of, or close an escalation")
    public EscalationResult act(
            @PathParam("id") String id,
            @PathParam("action") String actionCode,
            @HeaderParam("X-Request-Id") String requestId,
            EscalationActionRequest given) {
        Caller caller = callers.get();
        Action action = Action.fromCode(actionCode)
                .orElseThrow(() -> new ProblemException(Problem.of(
                        Response.Status.NOT_FOUND,
                        "No such action: acknowledge, respond, acknowledge-feedback or close.")));
        access.authoriseAction(
                caller,
                id,
                action.party() != Action.Party.RECIPIENT,
                action.party() != Action.Party.RAISER,
                action.code());
        return commands.send(command(id, action, given, caller.org(), clock.instant()), caller, requestId);
    }

    static Object command(String id, Action action, EscalationActionRequest given, String by, Instant at) {
        EscalationActionRequest body = given == null ? EscalationActionRequest.EMPTY : given;
        FieldErrors errors = new FieldErrors();
        Object command =
                switch (action) {
                    case ACKNOWLEDGE -> new AcknowledgeEscalation(id, by, at);
                    case RESPOND -> {
                        errors.required("decision", body.decision());
                        errors.oneOf("decision", body.decision(), Vocabularies.RESPONSE_DECISIONS);
                        errors.required("actions", body.actions());
                        if (body.actions() != null && !body.actions().isBlank()) {
                            errors.add("actions", FreeText.problem(body.actions(), MAX_TEXT));
                        }
                        errors.required("ownerOds", body.ownerOds());
                        errors.valid("ownerOds", body.ownerOds(), OdsCode::isValid, "an ODS code such as QK1");
                        yield new Respond(id, body.decision(), body.actions(), body.ownerOds(), by, at);
                    }
                    case ACKNOWLEDGE_FEEDBACK -> new AcknowledgeFeedback(id, by, at);
                    case CLOSE -> new CloseEscalation(id, by, at);
                };
        errors.throwIfAny(Problem.typed(
                "invalid-action", 400, "Invalid action", "The action has invalid fields; nothing was changed."));
        return command;
    }
}
