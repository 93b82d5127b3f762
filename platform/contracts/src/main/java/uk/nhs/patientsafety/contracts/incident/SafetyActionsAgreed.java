package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * Safety actions were agreed. Schema: {@code schemas/incident/SafetyActionsAgreed.v1.json}.
 */
public record SafetyActionsAgreed(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements IncidentEvent {

    public static final String TYPE = "incident.SafetyActionsAgreed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
