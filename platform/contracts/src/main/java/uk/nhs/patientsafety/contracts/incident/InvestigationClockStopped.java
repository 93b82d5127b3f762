package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The lead commissioner agreed the provider's request to stop the investigation clock. Schema:
 * {@code schemas/incident/InvestigationClockStopped.v1.json}.
 *
 * <p>Optional (may be null): agreedByOds, reviewOn (absent in events published before 2026-12-01).
 */
public record InvestigationClockStopped(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String reason,
        String agreedByOds,
        LocalDate reviewOn)
        implements IncidentEvent {

    public static final String TYPE = "incident.InvestigationClockStopped.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
