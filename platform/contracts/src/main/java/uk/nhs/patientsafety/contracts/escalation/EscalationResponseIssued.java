package uk.nhs.patientsafety.contracts.escalation;

import java.time.Instant;

/**
 * An escalation's recipient issued its response: the decision and who owns the actions (the actions themselves stay in summit-service). Schema: {@code schemas/escalation/EscalationResponseIssued.v1.json}.
 */
public record EscalationResponseIssued(
        String escalationId,
        String providerOds,
        String region,
        String decision,
        String actionOwnerOds,
        String respondedByOds,
        Instant occurredAt)
        implements EscalationEvent {

    public static final String TYPE = "escalation.EscalationResponseIssued.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return escalationId;
    }
}
