package uk.nhs.patientsafety.summit.write.escalation;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.summit.events.EscalationStatus;
import uk.nhs.patientsafety.web.ActionCodes;

/**
 * What may be done to an escalation, by whom and from which status (DOMAIN §5.2): the recipient at the current level
 * acknowledges and responds; the raiser acknowledges the feedback; either closes — and only once the raiser has
 * acknowledged the response. One table for the guard, the {@code 409} and the REST authorisation.
 */
public enum Action {
    ACKNOWLEDGE(Party.RECIPIENT, EscalationStatus.RAISED),
    RESPOND(Party.RECIPIENT, EscalationStatus.UNDER_CONSIDERATION),
    ACKNOWLEDGE_FEEDBACK(Party.RAISER, EscalationStatus.RESPONSE_ISSUED),
    CLOSE(Party.RAISER_OR_RECIPIENT, EscalationStatus.FEEDBACK_ACKNOWLEDGED);

    public enum Party {
        RAISER,
        RECIPIENT,
        RAISER_OR_RECIPIENT
    }

    private final Party party;
    private final Set<EscalationStatus> from;

    Action(Party party, EscalationStatus first, EscalationStatus... rest) {
        this.party = party;
        this.from = EnumSet.of(first, rest);
    }

    public Party party() {
        return party;
    }

    public boolean allowedIn(EscalationStatus status) {
        return from.contains(status);
    }

    public String code() {
        return ActionCodes.of(this);
    }

    public static Optional<Action> fromCode(String code) {
        return ActionCodes.parse(Action.class, code);
    }

    public static List<String> allowedFrom(EscalationStatus status) {
        return ActionCodes.allowed(Action.class, a -> a.allowedIn(status));
    }
}
