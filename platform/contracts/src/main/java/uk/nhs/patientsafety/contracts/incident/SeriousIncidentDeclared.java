package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The incident was declared a Serious Incident (SIF 2015); SI clocks start. Schema: {@code schemas/incident/SeriousIncidentDeclared.v1.json}.
 */
public record SeriousIncidentDeclared(
        String incidentId, String providerOds, String framework, Instant occurredAt, Instant identifiedAt)
        implements ContractEvent {

    public static final String TYPE = "incident.SeriousIncidentDeclared.v1";
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
