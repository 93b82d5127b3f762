package uk.nhs.patientsafety.contracts.assurance;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * The commissioner asked the provider for more before closure. Schema: {@code schemas/assurance/FurtherInformationRequested.v1.json}.
 */
public record FurtherInformationRequested(
        String assuranceCaseId, String incidentId, String providerOds, String commissionerOds, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "assurance.FurtherInformationRequested.v1";
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
