package uk.nhs.patientsafety.contracts.escalation;

import java.time.Instant;

/**
 * An escalation was closed after its response and the raiser's acknowledgement. Schema: {@code schemas/escalation/EscalationClosed.v1.json}.
 */
public record EscalationClosed(
        String escalationId, String providerOds, String region, String closedByOds, Instant occurredAt)
        implements EscalationEvent {

    public static final String TYPE = "escalation.EscalationClosed.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return escalationId;
    }
}
