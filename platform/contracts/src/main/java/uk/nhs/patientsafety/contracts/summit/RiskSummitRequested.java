package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;

/**
 * A risk summit (or rapid quality review) was requested about a provider. Schema: {@code schemas/summit/RiskSummitRequested.v1.json}.
 *
 * <p>Optional (may be null): concernId, region.
 */
public record RiskSummitRequested(
        String summitId,
        String providerOds,
        String region,
        String convenorOds,
        String format,
        String concernId,
        Instant occurredAt)
        implements SummitEvent {

    public static final String TYPE = "summit.RiskSummitRequested.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return summitId;
    }
}
