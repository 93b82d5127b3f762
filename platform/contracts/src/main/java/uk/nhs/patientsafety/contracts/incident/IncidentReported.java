package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A provider reported a patient safety event. Schema: {@code schemas/incident/IncidentReported.v1.json}.
 *
 * <p>Optional (may be null): neverEventType, physicalHarm, providerReference, psychologicalHarm.
 */
public record IncidentReported(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String kind,
        LocalDate incidentDate,
        Instant reportedAt,
        String physicalHarm,
        String psychologicalHarm,
        String neverEventType,
        List<String> patientRefs,
        String providerReference,
        int revision)
        implements ContractEvent {

    public static final String TYPE = "incident.IncidentReported.v1";
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
