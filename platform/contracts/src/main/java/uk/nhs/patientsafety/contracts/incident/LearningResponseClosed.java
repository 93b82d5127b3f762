package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The PSIRF learning response was closed. Schema: {@code schemas/incident/LearningResponseClosed.v1.json}.
 */
public record LearningResponseClosed(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "incident.LearningResponseClosed.v1";
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
