package uk.nhs.patientsafety.web.refusals;

import java.util.List;

/**
 * An action the current status does not allow, from a context's Action table: {@code 409} problem+json with
 * {@code currentStatus} and {@code allowedActions}, so the caller sees what it may do instead.
 */
public class IllegalTransition extends RuntimeException {

    private final String currentStatus;
    private final List<String> allowedActions;

    public IllegalTransition(String message, String currentStatus, List<String> allowedActions) {
        super(message);
        this.currentStatus = currentStatus;
        this.allowedActions = List.copyOf(allowedActions);
    }

    public String currentStatus() {
        return currentStatus;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
