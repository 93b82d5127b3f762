package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A Duty of Candour step passed its due date. Schema: {@code schemas/candour/CandourOverdue.v1.json}.
 */
public record CandourOverdue(
        String candourCaseId, String incidentId, String providerOds, String step, Instant dueAt, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "candour.CandourOverdue.v1";
    public static final String TOPIC = Topics.CANDOUR_EVENTS;

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subject() {
        return candourCaseId;
    }
}
