package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;

/** The commissioner's review deadline passed without a decision. Schema: {@code schemas/assurance/DeadlineBreached.v1.json}. */
public record DeadlineBreached(
        String assuranceCaseId,
        String incidentId,
        String providerOds,
        String commissionerOds,
        Instant occurredAt,
        String deadlineType,
        Instant dueAt)
        implements AssuranceEvent {

    public static final String TYPE = "assurance.DeadlineBreached.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
