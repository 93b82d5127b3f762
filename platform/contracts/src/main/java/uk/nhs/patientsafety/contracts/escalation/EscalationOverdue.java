package uk.nhs.patientsafety.contracts.escalation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An escalation was not acknowledged or answered in time; reEscalatedToOds names the level it went up to, if any. Schema: {@code schemas/escalation/EscalationOverdue.v1.json}.
 *
 * <p>Optional (may be null): reEscalatedToOds.
 */
public record EscalationOverdue(
        String escalationId,
        String providerOds,
        String region,
        String stage,
        String direction,
        String raisedToOds,
        LocalDate dueOn,
        String reEscalatedToOds,
        Instant occurredAt)
        implements EscalationEvent {

    public static final String TYPE = "escalation.EscalationOverdue.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return escalationId;
    }
}
