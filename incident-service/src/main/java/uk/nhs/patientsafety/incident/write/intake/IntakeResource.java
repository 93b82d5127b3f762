package uk.nhs.patientsafety.incident.write.intake;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.nhs.patientsafety.eventsourcing.idempotency.IdempotentRequests;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/** {@code POST /incidents}: provider systems report patient safety events as plain JSON. */
@Path("/incidents")
public class IntakeResource {

    @Inject
    IncidentIntake intake;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Report a patient safety event, or a newer revision of one",
            description = "201 with Location for a new incident; 200 for a newer revision of the same provider"
                    + " reference; 409 for an older or equal revision or a reused Idempotency-Key. Retries with the"
                    + " same Idempotency-Key and body get the original answer.")
    public Response report(
            @Parameter(description = "Unique per request; required, up to 128 printable characters")
                    @HeaderParam("Idempotency-Key")
                    String idempotencyKey,
            @HeaderParam("X-Request-Id") String requestId,
            ReportIncidentRequest request) {
        return answer(intake.report(caller.get(), checkedKey(idempotencyKey), requestId, requireBody(request)));
    }

    static ReportIncidentRequest requireBody(ReportIncidentRequest request) {
        if (request == null) {
            throw new ProblemException(Problem.typed("invalid-report", 400, "Invalid report", "The body is empty."));
        }
        return request;
    }

    /** The Idempotency-Key header, required on every report. */
    public static String checkedKey(String key) {
        return IdempotentRequests.checkedKey(key, "invalid-report");
    }

    public static Response answer(IdempotentRequests.Answer outcome) {
        Response.ResponseBuilder response = Response.status(outcome.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(outcome.body());
        if (outcome.status() == 201) {
            response.location(URI.create("/incidents/" + outcome.resourceId()));
        }
        return response.build();
    }
}
