package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A risk summit action passed its due date unfinished: flagged to the chair (the convenor). Schema: {@code schemas/summit/RiskSummitActionOverdue.v1.json}.
 *
 * <p>Optional (may be null): region.
 */
public record RiskSummitActionOverdue(
        String summitId,
        String providerOds,
        String region,
        String actionId,
        String ownerOds,
        String convenorOds,
        LocalDate dueOn,
        Instant occurredAt)
        implements SummitEvent {

    public static final String TYPE = "summit.RiskSummitActionOverdue.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return summitId;
    }
}
