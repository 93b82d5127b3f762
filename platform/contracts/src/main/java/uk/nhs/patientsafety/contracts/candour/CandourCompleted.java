package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;

/**
 * The Duty of Candour for this patient's case is complete. Schema: {@code schemas/candour/CandourCompleted.v1.json}.
 */
public record CandourCompleted(String candourCaseId, String incidentId, String providerOds, Instant occurredAt)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourCompleted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
