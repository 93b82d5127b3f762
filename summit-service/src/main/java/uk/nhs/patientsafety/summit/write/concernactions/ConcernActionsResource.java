package uk.nhs.patientsafety.summit.write.concernactions;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.summit.access.ConcernAccess;
import uk.nhs.patientsafety.summit.reference.Vocabularies;
import uk.nhs.patientsafety.summit.write.concern.Action;
import uk.nhs.patientsafety.summit.write.concern.ConcernCommands.*;
import uk.nhs.patientsafety.summit.write.concern.ConcernResult;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * {@code POST /concerns/{id}/actions/{action}} ({@code screen}, {@code request-summit}, {@code close}): the provider's
 * commissioners move a concern on. A status that does not allow the action is {@code 409} naming the allowed ones.
 */
@Path("/concerns/{id}/actions/{action}")
public class ConcernActionsResource {

    static final int MAX_TEXT = 2000;

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    ConcernAccess access;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Screen, escalate to a summit or close a quality concern")
    public ConcernResult act(
            @PathParam("id") String id,
            @PathParam("action") String actionCode,
            @HeaderParam("X-Request-Id") String requestId,
            ConcernActionRequest given) {
        Caller caller = callers.get();
        Action action = Action.fromCode(actionCode)
                .orElseThrow(() -> new ProblemException(
                        Problem.of(Response.Status.NOT_FOUND, "No such action: screen, request-summit or close.")));
        access.authoriseAction(caller, id, action.code());
        return commands.send(command(id, action, given, caller.org(), clock.instant()), caller, requestId);
    }

    static Object command(String id, Action action, ConcernActionRequest given, String by, Instant at) {
        ConcernActionRequest body = given == null ? ConcernActionRequest.EMPTY : given;
        FieldErrors errors = new FieldErrors();
        text(errors, "reason", body.reason());
        Object command =
                switch (action) {
                    case SCREEN -> {
                        errors.required("outcome", body.outcome());
                        errors.oneOf("outcome", body.outcome(), Vocabularies.SCREENING_OUTCOMES);
                        if ("monitor".equals(body.outcome())) {
                            errors.required("reviewOn", body.reviewOn(), "is required to monitor");
                        }
                        if ("no_action".equals(body.outcome())) {
                            errors.required("reason", body.reason(), "is required for no action");
                        }
                        yield new ScreenConcern(id, body.outcome(), body.reason(), body.reviewOn(), by, at);
                    }
                    case REQUEST_SUMMIT -> {
                        errors.required("format", body.format());
                        errors.oneOf("format", body.format(), Vocabularies.SUMMIT_FORMATS);
                        yield new RequestSummit(id, UUID.randomUUID().toString(), body.format(), by, at);
                    }
                    case CLOSE -> new CloseConcern(id, body.reason(), by, at);
                };
        errors.throwIfAny(Problem.typed(
                "invalid-action", 400, "Invalid action", "The action has invalid fields; nothing was changed."));
        return command;
    }

    private static void text(FieldErrors errors, String field, String value) {
        if (value != null) {
            errors.notBlank(field, value);
            if (!value.isBlank()) {
                errors.add(field, FreeText.problem(value, MAX_TEXT));
            }
        }
    }
}
