package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;

/**
 * A Duty of Candour step passed its due date. Schema: {@code schemas/candour/CandourOverdue.v1.json}.
 */
public record CandourOverdue(
        String candourCaseId, String incidentId, String providerOds, String step, Instant dueAt, Instant occurredAt)
        implements CandourEvent {

    public static final String TYPE = "candour.CandourOverdue.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
