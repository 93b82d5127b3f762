package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A risk summit agreed an action: its owner organisation and due date. Schema: {@code schemas/summit/RiskSummitActionAssigned.v1.json}.
 *
 * <p>Optional (may be null): region.
 */
public record RiskSummitActionAssigned(
        String summitId,
        String providerOds,
        String region,
        String actionId,
        String ownerOds,
        LocalDate dueOn,
        Instant occurredAt)
        implements SummitEvent {

    public static final String TYPE = "summit.RiskSummitActionAssigned.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return summitId;
    }
}
