package uk.nhs.patientsafety.assurance.write.safetyaction;

import java.util.List;
import uk.nhs.patientsafety.assurance.events.ActionStatus;

/** An action the safety action's status does not allow; answered {@code 409} with the allowed actions. */
public class IllegalTransition extends RuntimeException {

    private final ActionStatus current;

    public IllegalTransition(Action action, ActionStatus current) {
        super("'" + action.code() + "' is not allowed for a safety action in status '" + current.code() + "'.");
        this.current = current;
    }

    public String currentStatus() {
        return current.code();
    }

    public List<String> allowedActions() {
        return Action.allowedFrom(current);
    }
}
