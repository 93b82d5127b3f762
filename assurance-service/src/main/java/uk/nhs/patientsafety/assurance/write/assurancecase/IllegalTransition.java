package uk.nhs.patientsafety.assurance.write.assurancecase;

import java.util.List;
import uk.nhs.patientsafety.assurance.events.CaseStatus;

/** An action the case's current status does not allow; answered {@code 409} with the allowed actions. */
public class IllegalTransition extends RuntimeException {

    private final CaseStatus current;
    private final List<String> allowedActions;

    public IllegalTransition(Action action, CaseStatus current) {
        super("'" + action.code() + "' is not allowed for an assurance case in status '" + current.code() + "'.");
        this.current = current;
        this.allowedActions = Action.allowedFrom(current);
    }

    public CaseStatus current() {
        return current;
    }

    public List<String> allowedActions() {
        return allowedActions;
    }
}
