package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The SI was closed after the commissioner agreed closure. Schema: {@code schemas/incident/SeriousIncidentClosed.v1.json}.
 */
public record SeriousIncidentClosed(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements IncidentEvent {

    public static final String TYPE = "incident.SeriousIncidentClosed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
