package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A closed SI was reopened (new information, coroner, family). Schema: {@code schemas/incident/SeriousIncidentReopened.v1.json}.
 */
public record SeriousIncidentReopened(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "incident.SeriousIncidentReopened.v1";
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
