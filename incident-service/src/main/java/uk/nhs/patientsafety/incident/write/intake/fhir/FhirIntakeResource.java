package uk.nhs.patientsafety.incident.write.intake.fhir;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.incident.write.intake.IncidentIntake;
import uk.nhs.patientsafety.incident.write.intake.IntakeResource;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * {@code POST /fhir/AdverseEvent}: the same report as {@code POST /incidents}, sent as the LFPSE-shaped FHIR R4
 * {@code AdverseEvent} a provider's risk management system already produces for the national service. Every refusal
 * is a FHIR {@code OperationOutcome} naming the element at fault: 400 for what cannot be read, 422 for what breaks
 * a rule, and the intake's own status (401, 403, 409) otherwise.
 */
@Path("/fhir/AdverseEvent")
public class FhirIntakeResource {

    @Inject
    AdverseEventMapper mapper;

    @Inject
    IncidentIntake intake;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes({OperationOutcomes.FHIR_JSON, MediaType.APPLICATION_JSON})
    @Produces({MediaType.APPLICATION_JSON, OperationOutcomes.FHIR_JSON})
    @Operation(
            summary = "Report a patient safety event as an LFPSE-shaped FHIR R4 AdverseEvent",
            description = "Mapping in the incident-service README. Requires an Idempotency-Key header.")
    public Response report(
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @HeaderParam("X-Request-Id") String requestId,
            String body) {
        String key;
        try {
            key = IntakeResource.checkedKey(idempotencyKey);
        } catch (ProblemException missing) {
            return OperationOutcomes.toResponse(missing.problem().errors(), 400);
        }
        try {
            return IntakeResource.answer(intake.report(caller.get(), key, requestId, mapper.toRequest(body)));
        } catch (FhirRejection rejection) {
            return OperationOutcomes.toResponse(rejection);
        } catch (ProblemException refused) {
            Problem problem = refused.problem();
            boolean invalid = problem.status() == 400 && !problem.errors().isEmpty();
            List<Problem.FieldError> errors = problem.errors().isEmpty()
                    ? List.of(new Problem.FieldError("AdverseEvent", problem.detail()))
                    : OperationOutcomes.onFhirInput(problem.errors());
            // A readable AdverseEvent that breaks the rules is unprocessable, not malformed.
            return OperationOutcomes.toResponse(errors, invalid ? 422 : problem.status());
        }
    }
}
