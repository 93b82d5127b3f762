package uk.nhs.patientsafety.incident.write.intake.fhir;

import static uk.nhs.patientsafety.incident.write.intake.fhir.AdverseEventProfile.*;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import uk.nhs.patientsafety.web.Problem.FieldError;

/**
 * The FHIR answer to a rejected {@code AdverseEvent}: an R4 {@code OperationOutcome} with one issue per field error,
 * its {@code expression} the FHIRPath of the element at fault. Errors found by the business rules name the
 * {@link uk.nhs.patientsafety.incident.write.intake.ReportIncidentRequest} field; {@link #fhirExpressionFor} turns that
 * into the element of the FHIR input that {@link AdverseEventMapper} read it from.
 */
public final class OperationOutcomes {

    public static final String FHIR_JSON = "application/fhir+json";

    private static final String ROOT = "AdverseEvent";
    private static final String PATIENTS = ROOT + ".contained.ofType(Patient)";
    private static final Pattern PATIENT_FIELD = Pattern.compile("patients\\[(\\d+)](?:\\.(\\w+))?");
    private static final Pattern INDEXED = Pattern.compile("(\\w+)\\[(\\d+)]");

    private static final Map<String, String> TOP_LEVEL = Map.ofEntries(
            Map.entry("providerOds", ROOT + ".location"),
            Map.entry("providerReference", ROOT + ".identifier"),
            Map.entry("revision", ROOT + ".meta.versionId"),
            Map.entry("kind", ROOT + ".event"),
            Map.entry("occurredOn", ROOT + ".date"),
            Map.entry("identifiedAt", ROOT + ".detected"),
            Map.entry("description", extension(DESCRIPTION)),
            Map.entry("immediateActions", extension(IMMEDIATE_ACTIONS)),
            Map.entry("nearMiss", extension(NEAR_MISS)),
            Map.entry("neverEventType", extension(NEVER_EVENT_TYPE)),
            Map.entry("patients", PATIENTS),
            Map.entry("outcomeType", extension(OUTCOME_TYPE)),
            Map.entry("risk", extension(RISK)),
            Map.entry("risk.theme", extension(RISK) + ".extension('" + RISK_THEME + "')"),
            Map.entry("risk.imminent", extension(RISK) + ".extension('" + RISK_IMMINENT + "')"),
            Map.entry("goodCare", extension(GOOD_CARE)),
            Map.entry("nationalRequirement", extension(NATIONAL_REQUIREMENT)),
            Map.entry("involvedOrganisations", extension(INVOLVED_ORGANISATION)),
            Map.entry("coordinatingOrganisation", extension(COORDINATING_ORGANISATION)));

    private static final Map<String, String> PATIENT_FIELDS = Map.of(
            "nhsNumber", "identifier",
            "name", "name",
            "dateOfBirth", "birthDate",
            "physicalHarm", "extension('" + PATIENT_INFORMATION + "').extension('" + PHYSICAL_HARM + "')",
            "psychologicalHarm", "extension('" + PATIENT_INFORMATION + "').extension('" + PSYCHOLOGICAL_HARM + "')");

    private OperationOutcomes() {}

    /**
     * The FHIRPath of the input element a request field was mapped from, e.g. {@code patients[0].nhsNumber} →
     * {@code AdverseEvent.contained.ofType(Patient)[0].identifier}; {@code AdverseEvent} for a field it does not know.
     */
    public static String fhirExpressionFor(String requestField) {
        if (requestField == null) {
            return ROOT;
        }
        String known = TOP_LEVEL.get(requestField);
        if (known != null) {
            return known;
        }
        Matcher patient = PATIENT_FIELD.matcher(requestField);
        if (patient.matches()) {
            String element = PATIENTS + "[" + patient.group(1) + "]";
            if (patient.group(2) == null) {
                return element;
            }
            String child = PATIENT_FIELDS.get(patient.group(2));
            return child == null ? element : element + "." + child;
        }
        Matcher indexed = INDEXED.matcher(requestField);
        if (indexed.matches() && TOP_LEVEL.containsKey(indexed.group(1))) {
            return TOP_LEVEL.get(indexed.group(1)) + "[" + indexed.group(2) + "]";
        }
        return ROOT;
    }

    /** Request-field errors (from the business rules) restated against the FHIR input. */
    public static List<FieldError> onFhirInput(List<FieldError> requestErrors) {
        return requestErrors.stream()
                .map(error -> new FieldError(fhirExpressionFor(error.field()), error.message()))
                .toList();
    }

    public static OperationOutcome of(List<FieldError> errors, int status) {
        OperationOutcome outcome = new OperationOutcome();
        if (errors.isEmpty()) {
            outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(IssueType.PROCESSING)
                    .setDiagnostics("HTTP " + status);
        }
        for (FieldError error : errors) {
            outcome.addIssue()
                    .setSeverity(IssueSeverity.ERROR)
                    .setCode(issueType(error, status))
                    .setDiagnostics(error.message())
                    .addExpression(error.field());
        }
        return outcome;
    }

    public static String toJson(List<FieldError> errors, int status) {
        return FhirR4.context().newJsonParser().encodeResourceToString(of(errors, status));
    }

    public static Response toResponse(List<FieldError> errors, int status) {
        return Response.status(status)
                .type(FHIR_JSON)
                .entity(toJson(errors, status))
                .build();
    }

    public static Response toResponse(FhirRejection rejection) {
        return toResponse(rejection.errors(), rejection.status());
    }

    /** 400s are about the body's structure; a missing value is {@code required}; anything else {@code invalid}. */
    private static IssueType issueType(FieldError error, int status) {
        if (status == FhirRejection.BAD_REQUEST) {
            return IssueType.STRUCTURE;
        }
        String message = error.message() == null ? "" : error.message();
        return message.startsWith("is required") || message.startsWith("is missing")
                ? IssueType.REQUIRED
                : IssueType.INVALID;
    }

    private static String extension(String url) {
        return ROOT + ".extension('" + url + "')";
    }
}
