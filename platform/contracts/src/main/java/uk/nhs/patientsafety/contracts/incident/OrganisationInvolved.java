package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * Another organisation is involved in a cross-organisation incident; it can be notified from this. Schema: {@code schemas/incident/OrganisationInvolved.v1.json}.
 */
public record OrganisationInvolved(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String organisationOds,
        boolean coordinating)
        implements IncidentEvent {

    public static final String TYPE = "incident.OrganisationInvolved.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
