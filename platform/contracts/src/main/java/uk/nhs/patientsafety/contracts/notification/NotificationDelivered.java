package uk.nhs.patientsafety.contracts.notification;

import java.time.Instant;

/**
 * A notification reached its recipient. Schema: {@code schemas/notification/NotificationDelivered.v1.json}.
 */
public record NotificationDelivered(String obligationId, String recipientOds, Instant occurredAt)
        implements NotificationEvent {

    public static final String TYPE = "notification.NotificationDelivered.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
