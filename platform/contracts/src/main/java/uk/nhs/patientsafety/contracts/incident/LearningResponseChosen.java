package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * A PSIRF learning response was chosen. Schema: {@code schemas/incident/LearningResponseChosen.v1.json}.
 *
 * <p>Optional (may be null): externalBody.
 */
public record LearningResponseChosen(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String responseType,
        String externalBody)
        implements IncidentEvent {

    public static final String TYPE = "incident.LearningResponseChosen.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
