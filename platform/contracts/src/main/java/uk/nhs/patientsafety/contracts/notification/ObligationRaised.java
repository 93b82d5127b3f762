package uk.nhs.patientsafety.contracts.notification;

import java.time.Instant;

/**
 * An obligation to tell someone something by a time was raised. Schema: {@code schemas/notification/ObligationRaised.v1.json}.
 */
public record ObligationRaised(
        String obligationId,
        String obligationType,
        String recipientOds,
        String subjectId,
        Instant dueAt,
        Instant occurredAt)
        implements NotificationEvent {

    public static final String TYPE = "notification.ObligationRaised.v1";

    @Override
    public String type() {
        return TYPE;
    }
}
