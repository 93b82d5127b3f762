package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The commissioner agreed the downgrade; the SI ends as a local incident. Schema: {@code schemas/incident/DowngradeAgreed.v1.json}.
 */
public record DowngradeAgreed(
        String incidentId, String providerOds, String framework, Instant occurredAt, String agreedByOds)
        implements ContractEvent {

    public static final String TYPE = "incident.DowngradeAgreed.v1";
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
