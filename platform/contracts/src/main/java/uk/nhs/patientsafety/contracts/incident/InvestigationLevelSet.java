package uk.nhs.patientsafety.contracts.incident;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The investigation level was set and its report deadline is known: levels 1 and 2 when the level is set, level 3
 * when the lead commissioner records the date the independent investigation was commissioned. Schema:
 * {@code schemas/incident/InvestigationLevelSet.v1.json}.
 *
 * <p>Optional (may be null): commissionedOn (level 3 only).
 */
public record InvestigationLevelSet(
        String incidentId,
        String providerOds,
        String framework,
        Instant occurredAt,
        String level,
        LocalDate reportDue,
        LocalDate commissionedOn)
        implements IncidentEvent {

    public static final String TYPE = "incident.InvestigationLevelSet.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
