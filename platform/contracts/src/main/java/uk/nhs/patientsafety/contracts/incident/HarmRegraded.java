package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * Harm was regraded (triggers a new Duty of Candour screen). Schema: {@code schemas/incident/HarmRegraded.v1.json}.
 *
 * <p>Optional (may be null): physicalHarm, psychologicalHarm.
 */
public record HarmRegraded(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String physicalHarm,
        String psychologicalHarm)
        implements ContractEvent {

    public static final String TYPE = "incident.HarmRegraded.v1";
    public static final String TOPIC = Topics.INCIDENT_EVENTS;

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return incidentId;
    }
}
