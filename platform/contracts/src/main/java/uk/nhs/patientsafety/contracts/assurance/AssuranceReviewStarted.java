package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;

/** The lead commissioner started reviewing the investigation report. Schema: {@code schemas/assurance/AssuranceReviewStarted.v1.json}. */
public record AssuranceReviewStarted(
        String assuranceCaseId, String incidentId, String providerOds, String commissionerOds, Instant occurredAt)
        implements AssuranceEvent {

    public static final String TYPE = "assurance.AssuranceReviewStarted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
