package uk.nhs.patientsafety.assurance.write.safetyaction;

import uk.nhs.patientsafety.assurance.events.ActionStatus;

/** An action the current status does not allow; answered {@code 409} with the allowed actions (platform mapper). */
public class IllegalTransition extends uk.nhs.patientsafety.web.refusals.IllegalTransition {

    private final ActionStatus current;

    public IllegalTransition(Action action, ActionStatus current) {
        super(
                "'" + action.code() + "' is not allowed for a safety action in status '" + current.code() + "'.",
                current.code(),
                Action.allowedFrom(current));
        this.current = current;
    }

    public ActionStatus current() {
        return current;
    }
}
