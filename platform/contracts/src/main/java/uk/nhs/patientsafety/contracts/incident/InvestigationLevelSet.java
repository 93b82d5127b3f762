package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The investigation level was set; the report deadline follows from it. Schema: {@code schemas/incident/InvestigationLevelSet.v1.json}.
 */
public record InvestigationLevelSet(
        String incidentId, String providerOds, String framework, Instant occurredAt, String level, LocalDate reportDue)
        implements ContractEvent {

    public static final String TYPE = "incident.InvestigationLevelSet.v1";
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
