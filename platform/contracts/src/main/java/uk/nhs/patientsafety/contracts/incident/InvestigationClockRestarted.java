package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The investigation clock runs again. Schema: {@code schemas/incident/InvestigationClockRestarted.v1.json}.
 */
public record InvestigationClockRestarted(
        String incidentId, String providerOds, String framework, Instant occurredAt, LocalDate reportDue)
        implements ContractEvent {

    public static final String TYPE = "incident.InvestigationClockRestarted.v1";
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
