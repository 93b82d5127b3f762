package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A risk summit (or rapid quality review) was convened about a provider. Schema: {@code schemas/summit/RiskSummitConvened.v1.json}.
 *
 * <p>Optional (may be null): inviteeOds, round.
 */
public record RiskSummitConvened(
        String summitId,
        String providerOds,
        String convenorOds,
        String region,
        String format,
        LocalDate heldOn,
        Instant occurredAt,
        Integer round,
        List<String> inviteeOds)
        implements SummitEvent {

    public static final String TYPE = "summit.RiskSummitConvened.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
