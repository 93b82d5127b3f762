package uk.nhs.patientsafety.contracts.summit;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

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
        implements ContractEvent {

    public static final String TYPE = "summit.RiskSummitConvened.v1";
    public static final String TOPIC = Topics.SUMMIT_EVENTS;

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return summitId;
    }
}
