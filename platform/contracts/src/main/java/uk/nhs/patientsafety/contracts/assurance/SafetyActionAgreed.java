package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A safety action was agreed with its owner, due date and measure of success (the measure stays in assurance-service). Keyed by {@code safetyActionId}. Schema: {@code schemas/assurance/SafetyActionAgreed.v1.json}.
 */
public record SafetyActionAgreed(
        String safetyActionId,
        String actionPlanId,
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String ownerOds,
        LocalDate dueOn,
        String agreedByOds)
        implements ContractEvent {

    public static final String TYPE = "assurance.SafetyActionAgreed.v1";

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
