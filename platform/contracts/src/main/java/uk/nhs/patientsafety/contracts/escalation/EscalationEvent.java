package uk.nhs.patientsafety.contracts.escalation;

import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/** An event published on {@code escalation.events.v1}. */
public interface EscalationEvent extends ContractEvent {

    @Override
    default String topic() {
        return Topics.ESCALATION_EVENTS;
    }
}
