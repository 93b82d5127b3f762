package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;
import java.time.LocalDate;

/** An assurance case was opened when the provider's investigation report reached its lead commissioner; the review is due on reviewDueOn. Schema: {@code schemas/assurance/AssuranceCaseOpened.v1.json}. */
public record AssuranceCaseOpened(
        String assuranceCaseId,
        String incidentId,
        String providerOds,
        String commissionerOds,
        Instant occurredAt,
        String framework,
        LocalDate reviewDueOn)
        implements AssuranceEvent {

    public static final String TYPE = "assurance.AssuranceCaseOpened.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
