package uk.nhs.patientsafety.contracts.escalation;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A risk was escalated up the hierarchy; feedback is mandatory. Schema: {@code schemas/escalation/EscalationRaised.v1.json}.
 */
public record EscalationRaised(
        String escalationId,
        String providerOds,
        String raisedByOds,
        String raisedToOds,
        String region,
        Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "escalation.EscalationRaised.v1";
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
        return escalationId;
    }
}
