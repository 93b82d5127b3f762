package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The investigation clock was stopped by agreement. Schema: {@code schemas/incident/InvestigationClockStopped.v1.json}.
 */
public record InvestigationClockStopped(
        String incidentId, String providerOds, String framework, Instant occurredAt, String reason)
        implements ContractEvent {

    public static final String TYPE = "incident.InvestigationClockStopped.v1";
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
