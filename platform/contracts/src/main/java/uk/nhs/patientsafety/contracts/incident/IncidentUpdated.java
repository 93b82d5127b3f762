package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A newer provider revision updated the incident. Schema: {@code schemas/incident/IncidentUpdated.v1.json}.
 */
public record IncidentUpdated(String incidentId, String providerOds, String framework, Instant occurredAt, int revision)
        implements ContractEvent {

    public static final String TYPE = "incident.IncidentUpdated.v1";
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
