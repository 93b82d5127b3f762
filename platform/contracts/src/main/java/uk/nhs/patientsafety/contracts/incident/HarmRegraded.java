package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * One patient's harm was regraded (triggers a new Duty of Candour screen for that patient). Schema:
 * {@code schemas/incident/HarmRegraded.v1.json}. {@code physicalHarm} and {@code psychologicalHarm} are that
 * patient's harm now; {@code worstHarm} the incident's worst harm over all its patients now, so a lower grade for one
 * patient never reads as the incident improving.
 *
 * <p>Optional (may be null): physicalHarm, psychologicalHarm, patientRef, worstHarm (absent in events published
 * before 2026-12-01).
 */
public record HarmRegraded(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String physicalHarm,
        String psychologicalHarm,
        String patientRef,
        String worstHarm)
        implements IncidentEvent {

    public static final String TYPE = "incident.HarmRegraded.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
