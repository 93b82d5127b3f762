package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The lead commissioner refused to stop the investigation clock; it never stopped. Schema:
 * {@code schemas/incident/InvestigationClockStopRefused.v1.json}.
 */
public record InvestigationClockStopRefused(
        String incidentId, String providerOds, String framework, Instant occurredAt, String refusedByOds)
        implements IncidentEvent {

    public static final String TYPE = "incident.InvestigationClockStopRefused.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
