package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;

/**
 * A risk summit concluded; deescalatedTo names the level the provider returns to, if decided. Schema: {@code schemas/summit/RiskSummitConcluded.v1.json}.
 *
 * <p>Optional (may be null): deescalatedTo, region.
 */
public record RiskSummitConcluded(
        String summitId, String providerOds, String region, String deescalatedTo, Instant occurredAt)
        implements SummitEvent {

    public static final String TYPE = "summit.RiskSummitConcluded.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return summitId;
    }
}
