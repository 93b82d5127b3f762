package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The commissioner agreed closure of an investigation. Schema: {@code schemas/assurance/ClosureAgreed.v1.json}.
 */
public record ClosureAgreed(
        String assuranceCaseId, String incidentId, String providerOds, String commissionerOds, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "assurance.ClosureAgreed.v1";
    public static final String TOPIC = Topics.ASSURANCE_EVENTS;

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
        return assuranceCaseId;
    }
}
