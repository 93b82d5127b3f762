package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A response deadline is near. Schema: {@code schemas/incident/DeadlineApproaching.v1.json}.
 */
public record DeadlineApproaching(
        String incidentId, String providerOds, String framework, Instant occurredAt, String deadlineType, Instant dueAt)
        implements ContractEvent {

    public static final String TYPE = "incident.DeadlineApproaching.v1";
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
