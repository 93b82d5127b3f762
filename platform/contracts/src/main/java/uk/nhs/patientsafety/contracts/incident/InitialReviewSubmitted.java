package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The provider submitted its initial (72-hour) review. Schema: {@code schemas/incident/InitialReviewSubmitted.v1.json}.
 */
public record InitialReviewSubmitted(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements IncidentEvent {

    public static final String TYPE = "incident.InitialReviewSubmitted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
