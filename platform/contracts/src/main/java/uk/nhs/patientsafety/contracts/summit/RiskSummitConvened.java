package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A risk summit (or rapid quality review) was convened about a provider. Schema: {@code schemas/summit/RiskSummitConvened.v1.json}.
 */
public record RiskSummitConvened(
        String summitId,
        String providerOds,
        String convenorOds,
        String region,
        String format,
        LocalDate heldOn,
        Instant occurredAt)
        implements SummitEvent {

    public static final String TYPE = "summit.RiskSummitConvened.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
