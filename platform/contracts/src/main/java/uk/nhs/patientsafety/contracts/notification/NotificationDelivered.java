package uk.nhs.patientsafety.contracts.notification;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

/**
 * A notification reached its recipient. Schema: {@code schemas/notification/NotificationDelivered.v1.json}.
 */
public record NotificationDelivered(String obligationId, String recipientOds, Instant occurredAt)
        implements ContractEvent {

    public static final String TYPE = "notification.NotificationDelivered.v1";
    public static final String TOPIC = Topics.NOTIFICATION_EVENTS;

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
        return obligationId;
    }
}
