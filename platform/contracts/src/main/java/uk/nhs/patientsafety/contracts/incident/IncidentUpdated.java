package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * A newer provider revision updated the incident. Schema: {@code schemas/incident/IncidentUpdated.v1.json}.
 * {@code changedCodes} names the coded fields the revision changed (never free text); absent (null) in events
 * published before 2026-12-01.
 */
public record IncidentUpdated(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        int revision,
        java.util.List<String> changedCodes)
        implements IncidentEvent {

    public static final String TYPE = "incident.IncidentUpdated.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
