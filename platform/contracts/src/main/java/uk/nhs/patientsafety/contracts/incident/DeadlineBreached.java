package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * A response deadline passed unmet. Schema: {@code schemas/incident/DeadlineBreached.v1.json}.
 */
public record DeadlineBreached(
        String incidentId, String providerOds, String framework, Instant occurredAt, String deadlineType, Instant dueAt)
        implements IncidentEvent {

    public static final String TYPE = "incident.DeadlineBreached.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
