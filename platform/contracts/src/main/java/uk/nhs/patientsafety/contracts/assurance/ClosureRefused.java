package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;
import java.util.List;

/** The lead commissioner refused closure, with coded reasons (free text stays in assurance-service). Schema: {@code schemas/assurance/ClosureRefused.v1.json}. */
public record ClosureRefused(
        String assuranceCaseId,
        String incidentId,
        String providerOds,
        String commissionerOds,
        Instant occurredAt,
        List<String> reasonCodes)
        implements AssuranceEvent {

    public static final String TYPE = "assurance.ClosureRefused.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
