package uk.nhs.patientsafety.summit.write.raiseescalation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.idempotency.IdempotentRequests;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.summit.access.EscalationAccess;
import uk.nhs.patientsafety.summit.access.Relationships;
import uk.nhs.patientsafety.summit.events.EscalationEvents.Step;
import uk.nhs.patientsafety.summit.reference.Direction;
import uk.nhs.patientsafety.summit.write.escalation.EscalationCommands.RaiseEscalation;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/** {@code POST /escalations}: raise a risk one level up the hierarchy; feedback is mandatory. Safe to retry. */
@Path("/escalations")
public class RaiseEscalationResource {

    static final int MAX_SUMMARY = 4000;

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    EscalationAccess access;

    @Inject
    Relationships relationships;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** What the raiser gets back: the escalation, who must answer it, and its status. */
    public record Raised(String id, String providerOds, String direction, String raisedToOds, String status) {}

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Raise an escalation: provider to ICB, ICB to region, region to national")
    public Response raise(
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("X-Request-Id") String requestId,
            RaiseEscalationRequest request) {
        Caller caller = callers.get();
        String key = IdempotentRequests.checkedKey(idempotencyKey, "invalid-escalation");
        RaiseEscalationRequest body =
                request == null ? new RaiseEscalationRequest(null, null, null, null, null) : request;
        FieldErrors errors = new FieldErrors();
        errors.required("direction", body.direction());
        errors.valid(
                "direction",
                body.direction(),
                d -> Direction.fromCode(d).isPresent(),
                "provider_to_icb, icb_to_region or region_to_national");
        errors.required("providerOds", body.providerOds());
        errors.valid("providerOds", body.providerOds(), OdsCode::isValid, "an ODS code such as RT5");
        errors.required("summary", body.summary());
        if (body.summary() != null && !body.summary().isBlank()) {
            errors.add("summary", FreeText.problem(body.summary(), MAX_SUMMARY));
        }
        errors.valid("concernId", body.concernId(), id -> id.matches("[A-Za-z0-9-]{1,64}"), "a concern id");
        errors.valid("summitId", body.summitId(), id -> id.matches("[A-Za-z0-9-]{1,64}"), "a summit id");
        errors.throwIfAny(Problem.typed(
                "invalid-escalation",
                400,
                "Invalid escalation",
                "The escalation has invalid fields; nothing was stored."));
        if (!relationships.isKnownProvider(body.providerOds())) {
            throw new RuleViolation("providerOds", "No provider " + body.providerOds() + " is known to commissioning.");
        }
        List<Step> path =
                access.pathFor(caller, Direction.fromCode(body.direction()).orElseThrow(), body.providerOds());
        if (path.isEmpty() || !path.get(0).direction().equals(body.direction())) {
            throw new RuleViolation("direction", "Nobody is recorded to answer at that level for this provider.");
        }
        Instant now = clock.instant();
        IdempotentRequests.Answer answer =
                idempotentRequests.once(caller.org(), key, IdempotentRequests.hash(json, body), () -> {
                    String id = UUID.randomUUID().toString();
                    commands.send(
                            new RaiseEscalation(
                                    id,
                                    body.providerOds(),
                                    relationships.regionOf(body.providerOds()).orElse(null),
                                    caller.org(),
                                    path,
                                    body.summary(),
                                    body.concernId(),
                                    body.summitId(),
                                    now),
                            caller,
                            requestId);
                    return new IdempotentRequests.Answer(
                            201,
                            id,
                            write(new Raised(
                                    id,
                                    body.providerOds(),
                                    body.direction(),
                                    path.get(0).recipientOds(),
                                    "raised")));
                });
        Response.ResponseBuilder response = Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.status() == 201) {
            response.location(URI.create("/escalations/" + answer.resourceId()));
        }
        return response.build();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
