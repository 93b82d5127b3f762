package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The learning response findings were agreed. Schema: {@code schemas/incident/FindingsAgreed.v1.json}.
 */
public record FindingsAgreed(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements IncidentEvent {

    public static final String TYPE = "incident.FindingsAgreed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
