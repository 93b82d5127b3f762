package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The SI was logged on StEIS. Schema: {@code schemas/incident/SeriousIncidentLoggedOnSteis.v1.json}.
 */
public record SeriousIncidentLoggedOnSteis(
        String incidentId, String providerOds, String framework, Instant occurredAt, String steisLogNumber)
        implements IncidentEvent {

    public static final String TYPE = "incident.SeriousIncidentLoggedOnSteis.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
