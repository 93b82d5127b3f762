package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;

/** The commissioner's review deadline is approaching. Schema: {@code schemas/assurance/DeadlineApproaching.v1.json}. */
public record DeadlineApproaching(
        String assuranceCaseId,
        String incidentId,
        String providerOds,
        String commissionerOds,
        Instant occurredAt,
        String deadlineType,
        Instant dueAt)
        implements AssuranceEvent {

    public static final String TYPE = "assurance.DeadlineApproaching.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
