package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The learning response timeframe was agreed with those affected. Schema: {@code schemas/incident/LearningResponseTimeframeAgreed.v1.json}.
 */
public record LearningResponseTimeframeAgreed(
        String incidentId, String providerOds, String framework, Instant occurredAt, LocalDate targetDate)
        implements IncidentEvent {

    public static final String TYPE = "incident.LearningResponseTimeframeAgreed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
