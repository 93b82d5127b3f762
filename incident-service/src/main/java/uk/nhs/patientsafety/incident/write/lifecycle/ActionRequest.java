package uk.nhs.patientsafety.incident.write.lifecycle;

import java.time.LocalDate;
import java.util.List;

/**
 * The body of {@code POST /incidents/{id}/actions/{action}}: each action reads the fields it needs (see the service
 * README's table) and rejects the request naming any that are missing or invalid.
 */
public record ActionRequest(
        String patientRef,
        String physicalHarm,
        String psychologicalHarm,
        String reason,
        String reasonCode,
        List<String> organisations,
        String coordinating,
        RiskAssessment riskAssessment,
        String logNumber,
        String rationale,
        String level,
        LocalDate reportDue,
        String responseType,
        String externalBody,
        LocalDate targetDate,
        String category,
        Boolean naturalCourseOfIllness,
        LocalDate reviewOn,
        LocalDate commissionedOn) {

    public static final ActionRequest EMPTY = new ActionRequest(
            null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
            null);

    /** A near miss's risk assessment (DOMAIN §3.1): likelihood of recurrence and potential harm. */
    public record RiskAssessment(String likelihoodOfRecurrence, String potentialHarm) {}
}
