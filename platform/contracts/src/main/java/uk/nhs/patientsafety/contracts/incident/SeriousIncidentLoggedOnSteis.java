package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The SI was logged on StEIS. Schema: {@code schemas/incident/SeriousIncidentLoggedOnSteis.v1.json}.
 */
public record SeriousIncidentLoggedOnSteis(
        String incidentId, String providerOds, String framework, Instant occurredAt, String steisLogNumber)
        implements ContractEvent {

    public static final String TYPE = "incident.SeriousIncidentLoggedOnSteis.v1";
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
