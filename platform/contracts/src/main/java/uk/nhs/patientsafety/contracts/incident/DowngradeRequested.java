package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The provider asked the commissioner to downgrade (de-log) the SI. Schema: {@code schemas/incident/DowngradeRequested.v1.json}.
 */
public record DowngradeRequested(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements IncidentEvent {

    public static final String TYPE = "incident.DowngradeRequested.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
