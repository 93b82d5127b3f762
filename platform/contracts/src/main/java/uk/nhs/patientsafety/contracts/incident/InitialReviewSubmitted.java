package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The provider submitted its initial (72-hour) review. Schema: {@code schemas/incident/InitialReviewSubmitted.v1.json}.
 */
public record InitialReviewSubmitted(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "incident.InitialReviewSubmitted.v1";
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
