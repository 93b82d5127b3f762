package uk.nhs.patientsafety.contracts.escalation;

import java.time.Instant;

/**
 * A risk was escalated up the hierarchy; feedback is mandatory. Schema: {@code schemas/escalation/EscalationRaised.v1.json}.
 *
 * <p>Optional (may be null): direction, previousRaisedToOds.
 */
public record EscalationRaised(
        String escalationId,
        String providerOds,
        String raisedByOds,
        String raisedToOds,
        String region,
        Instant occurredAt,
        String direction,
        String previousRaisedToOds)
        implements EscalationEvent {

    public static final String TYPE = "escalation.EscalationRaised.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return escalationId;
    }
}
