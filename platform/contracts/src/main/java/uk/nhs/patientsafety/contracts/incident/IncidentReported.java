package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider reported a patient safety event. Schema: {@code schemas/incident/IncidentReported.v1.json}.
 *
 * <p>Optional (may be null): neverEventType, physicalHarm, providerReference, psychologicalHarm,
 * nationalRequirement (PSIRF, DOMAIN §3.5; absent in events published before 2026-12-01).
 */
public record IncidentReported(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String kind,
        LocalDate incidentDate,
        Instant reportedAt,
        String physicalHarm,
        String psychologicalHarm,
        String neverEventType,
        List<String> patientRefs,
        String providerReference,
        int revision,
        String nationalRequirement)
        implements IncidentEvent {

    public static final String TYPE = "incident.IncidentReported.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
