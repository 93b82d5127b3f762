package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The commissioner refused the downgrade. Schema: {@code schemas/incident/DowngradeRefused.v1.json}.
 */
public record DowngradeRefused(
        String incidentId, String providerOds, String framework, Instant occurredAt, String refusedByOds)
        implements IncidentEvent {

    public static final String TYPE = "incident.DowngradeRefused.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
