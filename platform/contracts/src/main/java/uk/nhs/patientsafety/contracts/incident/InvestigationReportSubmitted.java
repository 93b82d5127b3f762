package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;

/**
 * The investigation report and action plan were submitted for assurance. Schema: {@code schemas/incident/InvestigationReportSubmitted.v1.json}.
 */
public record InvestigationReportSubmitted(String incidentId, String providerOds, String framework, Instant occurredAt)
        implements IncidentEvent {

    public static final String TYPE = "incident.InvestigationReportSubmitted.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
