package uk.nhs.patientsafety.contracts.notification;

import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/** An event published on {@code notification.events.v1}, keyed by its {@code obligationId}. */
public interface NotificationEvent extends ContractEvent {

    @Override
    default String topic() {
        return Topics.NOTIFICATION_EVENTS;
    }

    /** The aggregate id. */
    String obligationId();

    @Override
    default String subject() {
        return obligationId();
    }
}
