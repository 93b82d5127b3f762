package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A response deadline passed unmet. Schema: {@code schemas/incident/DeadlineBreached.v1.json}.
 */
public record DeadlineBreached(
        String incidentId, String providerOds, String framework, Instant occurredAt, String deadlineType, Instant dueAt)
        implements ContractEvent {

    public static final String TYPE = "incident.DeadlineBreached.v1";
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
