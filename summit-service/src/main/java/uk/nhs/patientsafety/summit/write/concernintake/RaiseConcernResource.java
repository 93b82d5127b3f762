package uk.nhs.patientsafety.summit.write.concernintake;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.eventsourcing.idempotency.IdempotentRequests;
import uk.nhs.patientsafety.summit.access.ConcernAccess;
import uk.nhs.patientsafety.summit.access.Relationships;
import uk.nhs.patientsafety.summit.events.ConcernStatus;
import uk.nhs.patientsafety.summit.write.concern.Action;
import uk.nhs.patientsafety.summit.write.concern.ConcernCommands.RaiseConcern;
import uk.nhs.patientsafety.summit.write.concern.ConcernResult;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;
import uk.nhs.patientsafety.web.refusals.RuleViolation;

/** {@code POST /concerns}: any organisation raises a quality concern about a provider; safe to retry. */
@Path("/concerns")
public class RaiseConcernResource {

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    ConcernAccess access;

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
    @Operation(
            summary = "Raise a quality concern about a provider",
            description = "201 with Location; retries with the same Idempotency-Key and body get the same answer, a"
                    + " different body with the same key is 409. The description is seen only by the raising"
                    + " organisation and the provider's commissioners, and never published.")
    public Response raise(
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("X-Request-Id") String requestId,
            RaiseConcernRequest request) {
        Caller caller = callers.get();
        String key = IdempotentRequests.checkedKey(idempotencyKey, "invalid-concern");
        Instant now = clock.instant();
        RaiseConcern checked = ConcernValidator.command("unassigned", request, caller.org(), now);
        if (!access.mayRaise(caller)) {
            throw new ProblemException(Problem.of(
                    Response.Status.FORBIDDEN,
                    "Quality concerns are raised by an organisation's lead role (patient safety lead, ICB quality"
                            + " lead, NHS England, CQC)."));
        }
        if (!relationships.isKnownProvider(checked.providerOds())) {
            throw new RuleViolation(
                    "providerOds", "No provider " + checked.providerOds() + " is known to commissioning.");
        }
        IdempotentRequests.Answer answer =
                idempotentRequests.once(caller.org(), key, IdempotentRequests.hash(json, request), () -> {
                    String id = UUID.randomUUID().toString();
                    commands.send(
                            new RaiseConcern(
                                    id,
                                    checked.providerOds(),
                                    checked.service(),
                                    checked.source(),
                                    checked.raisedByOds(),
                                    checked.description(),
                                    checked.linkedIncidents(),
                                    null,
                                    now),
                            caller,
                            requestId);
                    ConcernResult created = new ConcernResult(
                            id,
                            checked.providerOds(),
                            ConcernStatus.RAISED.code(),
                            Action.allowedFrom(ConcernStatus.RAISED),
                            null,
                            null);
                    return new IdempotentRequests.Answer(201, id, write(created));
                });
        Response.ResponseBuilder response = Response.status(answer.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(answer.body());
        if (answer.status() == 201) {
            response.location(URI.create("/concerns/" + answer.resourceId()));
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
