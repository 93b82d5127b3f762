package uk.nhs.patientsafety.contracts.escalation;

import java.time.Instant;

/**
 * The raiser acknowledged the escalation's response (feedback is mandatory). Schema: {@code schemas/escalation/EscalationFeedbackAcknowledged.v1.json}.
 */
public record EscalationFeedbackAcknowledged(
        String escalationId, String providerOds, String region, String acknowledgedByOds, Instant occurredAt)
        implements EscalationEvent {

    public static final String TYPE = "escalation.EscalationFeedbackAcknowledged.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return escalationId;
    }
}
