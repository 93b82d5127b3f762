package uk.nhs.patientsafety.summit.write.changelevel;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.reference.England;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.summit.access.LevelAccess;
import uk.nhs.patientsafety.summit.reference.EscalationLevels;
import uk.nhs.patientsafety.summit.write.level.ChangeLevel;
import uk.nhs.patientsafety.summit.write.level.LevelResult;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/** {@code POST /escalations/levels/{providerOds}/actions/change-level}: moves a provider's escalation level. */
@Path("/escalations/levels/{providerOds}/actions/change-level")
public class ChangeLevelResource {

    static final int MAX_TEXT = 2000;

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    LevelAccess access;

    @Inject
    EscalationLevels levels;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a provider's escalation level (lead commissioner or region)")
    public LevelResult change(
            @PathParam("providerOds") String providerOds,
            @HeaderParam("X-Request-Id") String requestId,
            ChangeLevelRequest request) {
        Caller caller = callers.get();
        access.authoriseChange(caller, providerOds);
        Instant now = clock.instant();
        ChangeLevelRequest body = request == null ? new ChangeLevelRequest(null, null, null, null) : request;
        FieldErrors errors = new FieldErrors();
        errors.required("toLevel", body.toLevel());
        errors.oneOf("toLevel", body.toLevel(), levels.on(England.dateOf(now)));
        text(errors, "decisionMaker", body.decisionMaker(), 200);
        text(errors, "rationale", body.rationale(), MAX_TEXT);
        errors.required("reviewOn", body.reviewOn());
        errors.throwIfAny(Problem.typed(
                "invalid-action", 400, "Invalid action", "The action has invalid fields; nothing was changed."));
        return commands.send(
                new ChangeLevel(
                        providerOds,
                        body.toLevel(),
                        body.decisionMaker(),
                        caller.org(),
                        body.rationale(),
                        body.reviewOn(),
                        now),
                caller,
                requestId);
    }

    private static void text(FieldErrors errors, String field, String value, int max) {
        errors.required(field, value);
        if (value != null && !value.isBlank()) {
            errors.add(field, FreeText.problem(value, max));
        }
    }
}
