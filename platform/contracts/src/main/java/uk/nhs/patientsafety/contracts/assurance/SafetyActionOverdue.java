package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A safety action passed its due date without evidence of completion. Keyed by {@code safetyActionId}. Schema: {@code schemas/assurance/SafetyActionOverdue.v1.json}.
 */
public record SafetyActionOverdue(
        String safetyActionId,
        String actionPlanId,
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        LocalDate dueOn)
        implements ContractEvent {

    public static final String TYPE = "assurance.SafetyActionOverdue.v1";

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
