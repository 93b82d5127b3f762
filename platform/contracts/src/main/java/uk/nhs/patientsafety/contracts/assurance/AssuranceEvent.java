package uk.nhs.patientsafety.contracts.assurance;

import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/** An event published on {@code assurance.events.v1}, keyed by its {@code assuranceCaseId}. */
public interface AssuranceEvent extends ContractEvent {

    @Override
    default String topic() {
        return Topics.ASSURANCE_EVENTS;
    }

    /** The aggregate id. */
    String assuranceCaseId();

    @Override
    default String subject() {
        return assuranceCaseId();
    }
}
