package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * A closed SI was reopened (new information, coroner, family). Schema: {@code schemas/incident/SeriousIncidentReopened.v1.json}.
 */
public record SeriousIncidentReopened(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements IncidentEvent {

    public static final String TYPE = "incident.SeriousIncidentReopened.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
