package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The commissioner agreed the downgrade; the SI ends as a local incident. Schema: {@code schemas/incident/DowngradeAgreed.v1.json}.
 */
public record DowngradeAgreed(
        String incidentId, String providerOds, String framework, Instant occurredAt, String agreedByOds)
        implements IncidentEvent {

    public static final String TYPE = "incident.DowngradeAgreed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
