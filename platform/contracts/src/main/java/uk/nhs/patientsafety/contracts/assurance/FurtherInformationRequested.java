package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;

/**
 * The commissioner asked the provider for more before closure. Schema: {@code schemas/assurance/FurtherInformationRequested.v1.json}.
 */
public record FurtherInformationRequested(
        String assuranceCaseId, String incidentId, String providerOds, String commissionerOds, Instant occurredAt)
        implements AssuranceEvent {

    public static final String TYPE = "assurance.FurtherInformationRequested.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
