package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * A response deadline is near. Schema: {@code schemas/incident/DeadlineApproaching.v1.json}.
 */
public record DeadlineApproaching(
        String incidentId, String providerOds, String framework, Instant occurredAt, String deadlineType, Instant dueAt)
        implements IncidentEvent {

    public static final String TYPE = "incident.DeadlineApproaching.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
