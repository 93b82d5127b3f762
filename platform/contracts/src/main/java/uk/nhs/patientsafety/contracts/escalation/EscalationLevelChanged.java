package uk.nhs.patientsafety.contracts.escalation;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A provider's escalation level changed. Schema: {@code schemas/escalation/EscalationLevelChanged.v1.json}.
 */
public record EscalationLevelChanged(
        String providerOds, String region, String fromLevel, String toLevel, LocalDate reviewBy, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "escalation.EscalationLevelChanged.v1";
    public static final String TOPIC = Topics.ESCALATION_EVENTS;

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
        return providerOds;
    }
}
