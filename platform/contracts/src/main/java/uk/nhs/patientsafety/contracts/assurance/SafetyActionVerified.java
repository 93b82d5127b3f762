package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The lead commissioner verified the safety action complete. Keyed by {@code safetyActionId}. Schema: {@code schemas/assurance/SafetyActionVerified.v1.json}.
 */
public record SafetyActionVerified(
        String safetyActionId,
        String actionPlanId,
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String verifiedByOds)
        implements ContractEvent {

    public static final String TYPE = "assurance.SafetyActionVerified.v1";

    @Override
    public String topic() {
        return Topics.ASSURANCE_EVENTS;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return safetyActionId;
    }
}
