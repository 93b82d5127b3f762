package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The investigation level was set; the report deadline follows from it. Schema: {@code schemas/incident/InvestigationLevelSet.v1.json}.
 */
public record InvestigationLevelSet(
        String incidentId, String providerOds, String framework, Instant occurredAt, String level, LocalDate reportDue)
        implements IncidentEvent {

    public static final String TYPE = "incident.InvestigationLevelSet.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
