package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The provider asked the lead commissioner to stop the investigation clock; it runs until the commissioner agrees.
 * Schema: {@code schemas/incident/InvestigationClockStopRequested.v1.json}.
 */
public record InvestigationClockStopRequested(
        String incidentId, String providerOds, String framework, Instant occurredAt, String reason)
        implements IncidentEvent {

    public static final String TYPE = "incident.InvestigationClockStopRequested.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
