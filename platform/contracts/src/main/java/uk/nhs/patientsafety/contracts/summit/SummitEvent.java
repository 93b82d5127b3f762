package uk.nhs.patientsafety.contracts.summit;

import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/** An event published on {@code summit.events.v1}, keyed by its {@code summitId}. */
public interface SummitEvent extends ContractEvent {

    @Override
    default String topic() {
        return Topics.SUMMIT_EVENTS;
    }

    /** The aggregate id. */
    String summitId();

    @Override
    default String subject() {
        return summitId();
    }
}
