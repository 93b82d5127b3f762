package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The investigation clock runs again. Schema: {@code schemas/incident/InvestigationClockRestarted.v1.json}.
 */
public record InvestigationClockRestarted(
        String incidentId, String providerOds, String framework, Instant occurredAt, LocalDate reportDue)
        implements IncidentEvent {

    public static final String TYPE = "incident.InvestigationClockRestarted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
