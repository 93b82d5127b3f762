package uk.nhs.patientsafety.contracts.notification;

import java.time.Instant;
import uk.nhs.patientsafety.contracts.ContractEvent;
import uk.nhs.patientsafety.contracts.Topics;

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
        implements ContractEvent {

    public static final String TYPE = "notification.ObligationRaised.v1";
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
