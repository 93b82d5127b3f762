package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;

/**
 * An incident was assessed for the statutory Duty of Candour. Schema: {@code schemas/candour/CandourAssessed.v1.json}.
 */
public record CandourAssessed(
        String candourCaseId, String incidentId, String providerOds, boolean applicable, Instant occurredAt)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourAssessed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
