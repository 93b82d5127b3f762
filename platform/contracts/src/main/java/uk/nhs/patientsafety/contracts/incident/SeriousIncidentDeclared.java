package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The incident was declared a Serious Incident (SIF 2015); SI clocks start. Schema: {@code schemas/incident/SeriousIncidentDeclared.v1.json}.
 */
public record SeriousIncidentDeclared(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        Instant identifiedAt,
        String category)
        implements IncidentEvent {

    public static final String TYPE = "incident.SeriousIncidentDeclared.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
