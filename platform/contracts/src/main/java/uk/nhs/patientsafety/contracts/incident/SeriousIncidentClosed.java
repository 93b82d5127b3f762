package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The SI was closed after the commissioner agreed closure. Schema: {@code schemas/incident/SeriousIncidentClosed.v1.json}.
 */
public record SeriousIncidentClosed(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "incident.SeriousIncidentClosed.v1";
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
