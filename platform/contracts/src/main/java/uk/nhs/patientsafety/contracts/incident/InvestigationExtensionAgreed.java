package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An extension of the report deadline was agreed. Schema: {@code schemas/incident/InvestigationExtensionAgreed.v1.json}.
 */
public record InvestigationExtensionAgreed(
        String incidentId, String providerOds, String framework, Instant occurredAt, LocalDate reportDue)
        implements IncidentEvent {

    public static final String TYPE = "incident.InvestigationExtensionAgreed.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
