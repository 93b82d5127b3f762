package uk.nhs.patientsafety.candour.write.candourcase;

import java.util.List;
import uk.nhs.patientsafety.candour.events.Status;

/** An action the case's current status does not allow; answered {@code 409} with the allowed actions. */
public class IllegalTransition extends RuntimeException {

    private final Status current;
    private final List<String> allowedActions;

    public IllegalTransition(Action action, Status current) {
        super("'" + action.code() + "' is not allowed for a candour case in status '" + current.code() + "'.");
        this.current = current;
        this.allowedActions = Action.allowedIn(current);
    }

    public Status current() {
        return current;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
