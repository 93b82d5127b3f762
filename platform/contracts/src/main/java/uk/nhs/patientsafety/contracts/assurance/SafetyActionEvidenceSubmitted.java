package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The owner submitted evidence that the safety action is complete. Keyed by {@code safetyActionId}. Schema: {@code schemas/assurance/SafetyActionEvidenceSubmitted.v1.json}.
 */
public record SafetyActionEvidenceSubmitted(
        String safetyActionId,
        String actionPlanId,
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "assurance.SafetyActionEvidenceSubmitted.v1";

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
