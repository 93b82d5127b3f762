package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * A newer provider revision updated the incident. Schema: {@code schemas/incident/IncidentUpdated.v1.json}.
 */
public record IncidentUpdated(String incidentId, String providerOds, String framework, Instant occurredAt, int revision)
        implements IncidentEvent {

    public static final String TYPE = "incident.IncidentUpdated.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
