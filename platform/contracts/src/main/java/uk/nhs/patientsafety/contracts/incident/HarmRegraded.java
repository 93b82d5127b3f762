package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * Harm was regraded (triggers a new Duty of Candour screen). Schema: {@code schemas/incident/HarmRegraded.v1.json}.
 *
 * <p>Optional (may be null): physicalHarm, psychologicalHarm.
 */
public record HarmRegraded(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String physicalHarm,
        String psychologicalHarm)
        implements IncidentEvent {

    public static final String TYPE = "incident.HarmRegraded.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
