package uk.nhs.patientsafety.summit.shared;

import java.util.List;

/**
 * An action the record's current status does not allow; answered {@code 409} naming the status and the allowed
 * actions. Every aggregate of the service throws it from its own Action table.
 */
public class IllegalTransition extends RuntimeException {

    private final String current;
    private final List<String> allowedActions;

    public IllegalTransition(String action, String current, List<String> allowedActions) {
        super("'" + action + "' is not allowed in status '" + current + "'.");
        this.current = current;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public String current() {
        return current;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
