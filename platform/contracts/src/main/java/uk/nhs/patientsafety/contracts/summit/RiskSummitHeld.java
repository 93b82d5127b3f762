package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;
import java.util.List;

/**
 * A risk summit met: which organisations attended. Schema: {@code schemas/summit/RiskSummitHeld.v1.json}.
 *
 * <p>Optional (may be null): region.
 */
public record RiskSummitHeld(
        String summitId, String providerOds, String region, int round, List<String> attendeeOds, Instant occurredAt)
        implements SummitEvent {

    public static final String TYPE = "summit.RiskSummitHeld.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return summitId;
    }
}
