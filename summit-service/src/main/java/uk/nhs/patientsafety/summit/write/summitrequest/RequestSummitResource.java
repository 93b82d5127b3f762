package uk.nhs.patientsafety.summit.write.summitrequest;

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
import uk.nhs.patientsafety.summit.access.Relationships;
import uk.nhs.patientsafety.summit.access.SummitAccess;
import uk.nhs.patientsafety.summit.events.SummitStatus;
import uk.nhs.patientsafety.summit.reference.Vocabularies;
import uk.nhs.patientsafety.summit.write.summit.Action;
import uk.nhs.patientsafety.summit.write.summit.SummitCommands.RequestRiskSummit;
import uk.nhs.patientsafety.summit.write.summit.SummitResult;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/**
 * {@code POST /summits}: a commissioner's quality lead or the provider's NHS England region asks for a risk summit
 * or rapid quality review, and convenes it; safe to retry.
 */
@Path("/summits")
public class RequestSummitResource {

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    SummitAccess access;

    @Inject
    Relationships relationships;

    @Inject
    IdempotentRequests idempotentRequests;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Request a risk summit or rapid quality review about a provider")
    public Response request(
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("X-Request-Id") String requestId,
            RequestSummitRequest request) {
        Caller caller = callers.get();
        String key = IdempotentRequests.checkedKey(idempotencyKey, "invalid-summit");
        FieldErrors errors = new FieldErrors();
        RequestSummitRequest body = request == null ? new RequestSummitRequest(null, null, null) : request;
        errors.required("providerOds", body.providerOds());
        errors.valid("providerOds", body.providerOds(), OdsCode::isValid, "an ODS code such as RT5");
        errors.required("format", body.format());
        errors.oneOf("format", body.format(), Vocabularies.SUMMIT_FORMATS);
        errors.valid("concernId", body.concernId(), id -> id.matches("[A-Za-z0-9-]{1,64}"), "a concern id");
        errors.throwIfAny(Problem.typed("invalid-summit", 400, "Invalid summit", "The request has invalid fields."));
        if (!relationships.isKnownProvider(body.providerOds())) {
            throw new RuleViolation("providerOds", "No provider " + body.providerOds() + " is known to commissioning.");
        }
        if (!access.mayRequest(caller, body.providerOds())) {
            throw new ProblemException(Problem.of(
                    Response.Status.FORBIDDEN,
                    "A summit is requested by a quality lead of the provider's commissioner or by its NHS England"
                            + " region."));
        }
        Instant now = clock.instant();
        IdempotentRequests.Answer answer =
                idempotentRequests.once(caller.org(), key, IdempotentRequests.hash(json, body), () -> {
                    String id = UUID.randomUUID().toString();
                    commands.send(
                            new RequestRiskSummit(
                                    id, body.providerOds(), body.format(), caller.org(), body.concernId(), now),
                            caller,
                            requestId);
                    SummitResult created = new SummitResult(
                            id,
                            body.providerOds(),
                            body.format(),
                            SummitStatus.REQUESTED.code(),
                            0,
                            Action.allowedFrom(SummitStatus.REQUESTED),
                            List.of());
                    return new IdempotentRequests.Answer(201, id, write(created));
                });
        Response.ResponseBuilder response = Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.status() == 201) {
            response.location(URI.create("/summits/" + answer.resourceId()));
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
