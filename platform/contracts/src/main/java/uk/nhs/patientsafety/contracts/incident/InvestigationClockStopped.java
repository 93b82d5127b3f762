package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The investigation clock was stopped by agreement. Schema: {@code schemas/incident/InvestigationClockStopped.v1.json}.
 */
public record InvestigationClockStopped(
        String incidentId, String providerOds, String framework, Instant occurredAt, String reason)
        implements IncidentEvent {

    public static final String TYPE = "incident.InvestigationClockStopped.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
