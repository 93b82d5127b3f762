package uk.nhs.patientsafety.contracts.candour;

import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/** An event published on {@code candour.events.v1}, keyed by its {@code candourCaseId}. */
public interface CandourEvent extends ContractEvent {

    @Override
    default String topic() {
        return Topics.CANDOUR_EVENTS;
    }

    /** The aggregate id. */
    String candourCaseId();

    @Override
    default String subject() {
        return candourCaseId();
    }
}
