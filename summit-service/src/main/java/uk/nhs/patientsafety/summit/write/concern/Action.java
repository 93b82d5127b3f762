package uk.nhs.patientsafety.summit.write.concern;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.nhs.patientsafety.summit.events.ConcernStatus;
import uk.nhs.patientsafety.web.ActionCodes;

/**
 * What may be done to a quality concern and from which status (DOMAIN §5.2). One table for the aggregate's guard,
 * the {@code 409} naming the allowed actions, and the REST authorisation: every action is the provider's
 * commissioners' (an ICB quality lead of its lead or a responsible commissioner).
 */
public enum Action {
    SCREEN(ConcernStatus.RAISED, ConcernStatus.MONITORING),
    REQUEST_SUMMIT(ConcernStatus.RAISED, ConcernStatus.MONITORING),
    CLOSE(ConcernStatus.NO_ACTION, ConcernStatus.MONITORING, ConcernStatus.SUMMIT_REQUESTED);

    private final Set<ConcernStatus> from;

    Action(ConcernStatus first, ConcernStatus... rest) {
        this.from = EnumSet.of(first, rest);
    }

    public boolean allowedIn(ConcernStatus status) {
        return from.contains(status);
    }

    /** The wire name, e.g. {@code request-summit}. */
    public String code() {
        return ActionCodes.of(this);
    }

    public static Optional<Action> fromCode(String code) {
        return ActionCodes.parse(Action.class, code);
    }

    public static List<String> allowedFrom(ConcernStatus status) {
        return ActionCodes.allowed(Action.class, action -> action.allowedIn(status));
    }
}
