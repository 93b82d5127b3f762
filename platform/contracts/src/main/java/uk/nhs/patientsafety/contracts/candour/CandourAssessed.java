package uk.nhs.patientsafety.contracts.candour;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * An incident was assessed for the statutory Duty of Candour. Schema: {@code schemas/candour/CandourAssessed.v1.json}.
 */
public record CandourAssessed(
        String candourCaseId, String incidentId, String providerOds, boolean applicable, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "candour.CandourAssessed.v1";
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
