package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The relevant person was updated on the enquiries' progress. Schema: {@code schemas/candour/CandourUpdateProvided.v1.json}.
 */
public record CandourUpdateProvided(
        String candourCaseId,
        String incidentId,
        String providerOds,
        Instant occurredAt,
        LocalDate providedOn,
        String method)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourUpdateProvided.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
