package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A PSIRF learning response was chosen. Schema: {@code schemas/incident/LearningResponseChosen.v1.json}.
 *
 * <p>Optional (may be null): externalBody.
 */
public record LearningResponseChosen(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String responseType,
        String externalBody)
        implements ContractEvent {

    public static final String TYPE = "incident.LearningResponseChosen.v1";
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
