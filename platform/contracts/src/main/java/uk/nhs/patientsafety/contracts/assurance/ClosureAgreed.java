package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;

/**
 * The commissioner agreed closure of an investigation. Schema: {@code schemas/assurance/ClosureAgreed.v1.json}.
 */
public record ClosureAgreed(
        String assuranceCaseId, String incidentId, String providerOds, String commissionerOds, Instant occurredAt)
        implements AssuranceEvent {

    public static final String TYPE = "assurance.ClosureAgreed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
