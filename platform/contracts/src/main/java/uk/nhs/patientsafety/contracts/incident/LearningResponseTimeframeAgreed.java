package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The learning response timeframe was agreed with those affected. Schema: {@code schemas/incident/LearningResponseTimeframeAgreed.v1.json}.
 */
public record LearningResponseTimeframeAgreed(
        String incidentId, String providerOds, String framework, Instant occurredAt, LocalDate targetDate)
        implements ContractEvent {

    public static final String TYPE = "incident.LearningResponseTimeframeAgreed.v1";
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
