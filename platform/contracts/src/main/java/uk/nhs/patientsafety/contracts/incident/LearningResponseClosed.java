package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The PSIRF learning response was closed. Schema: {@code schemas/incident/LearningResponseClosed.v1.json}.
 */
public record LearningResponseClosed(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements IncidentEvent {

    public static final String TYPE = "incident.LearningResponseClosed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
