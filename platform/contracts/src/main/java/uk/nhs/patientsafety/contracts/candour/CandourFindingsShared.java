package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The findings of the incident's investigation or learning response were shared with the relevant person. Schema: {@code schemas/candour/CandourFindingsShared.v1.json}.
 */
public record CandourFindingsShared(
        String candourCaseId,
        String incidentId,
        String providerOds,
        Instant occurredAt,
        LocalDate sharedOn,
        String method)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourFindingsShared.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
