package uk.nhs.patientsafety.contracts.escalation;

import java.time.Instant;

/**
 * An escalation was acknowledged by its recipient; it is under consideration. Schema: {@code schemas/escalation/EscalationAcknowledged.v1.json}.
 */
public record EscalationAcknowledged(
        String escalationId, String providerOds, String region, String acknowledgedByOds, Instant occurredAt)
        implements EscalationEvent {

    public static final String TYPE = "escalation.EscalationAcknowledged.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return escalationId;
    }
}
