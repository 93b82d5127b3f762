package uk.nhs.patientsafety.summit.events;

import java.util.Optional;
import uk.nhs.patientsafety.summit.events.EscalationEvents.*;

/**
 * Where an escalation stands (DOMAIN §5.2). Acknowledging it puts it under consideration; a re-escalation raises it
 * again one level up. The one function the aggregate and the read model both use.
 */
public enum EscalationStatus {
    RAISED,
    UNDER_CONSIDERATION,
    RESPONSE_ISSUED,
    FEEDBACK_ACKNOWLEDGED,
    CLOSED;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<EscalationStatus> fromCode(String code) {
        for (EscalationStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public static Optional<EscalationStatus> after(EscalationEvent event) {
        EscalationStatus next = null;
        if (event instanceof EscalationRaised || event instanceof EscalationReEscalated) {
            next = RAISED;
        } else if (event instanceof EscalationAcknowledged) {
            next = UNDER_CONSIDERATION;
        } else if (event instanceof EscalationResponseIssued) {
            next = RESPONSE_ISSUED;
        } else if (event instanceof EscalationFeedbackAcknowledged) {
            next = FEEDBACK_ACKNOWLEDGED;
        } else if (event instanceof EscalationClosed) {
            next = CLOSED;
        }
        return Optional.ofNullable(next);
    }
}
