package uk.nhs.patientsafety.contracts.escalation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A provider's escalation level changed. Schema: {@code schemas/escalation/EscalationLevelChanged.v1.json}.
 *
 * <p>Optional (may be null): decidedByOds.
 */
public record EscalationLevelChanged(
        String providerOds,
        String region,
        String fromLevel,
        String toLevel,
        LocalDate reviewBy,
        Instant occurredAt,
        String decidedByOds)
        implements EscalationEvent {

    public static final String TYPE = "escalation.EscalationLevelChanged.v1";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return providerOds;
    }
}
