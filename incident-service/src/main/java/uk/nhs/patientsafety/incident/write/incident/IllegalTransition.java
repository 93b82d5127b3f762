package uk.nhs.patientsafety.incident.write.incident;

import java.util.List;
import uk.nhs.patientsafety.incident.events.Status;

/** An action the incident's current status does not allow; answered {@code 409} with the allowed actions. */
public class IllegalTransition extends RuntimeException {

    private final Status current;
    private final List<String> allowedActions;

    public IllegalTransition(Action action, String framework, Status current) {
        super("'" + action.code() + "' is not allowed for a " + framework + " incident in status '" + current.code()
                + "'.");
        this.current = current;
        this.allowedActions = Action.allowedIn(framework, current);
    }

    public Status current() {
        return current;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
