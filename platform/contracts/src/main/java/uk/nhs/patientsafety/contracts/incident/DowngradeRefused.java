package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The commissioner refused the downgrade. Schema: {@code schemas/incident/DowngradeRefused.v1.json}.
 */
public record DowngradeRefused(
        String incidentId, String providerOds, String framework, Instant occurredAt, String refusedByOds)
        implements ContractEvent {

    public static final String TYPE = "incident.DowngradeRefused.v1";
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
