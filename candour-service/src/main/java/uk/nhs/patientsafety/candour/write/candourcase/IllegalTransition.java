package uk.nhs.patientsafety.candour.write.candourcase;

import uk.nhs.patientsafety.candour.events.Status;

/** An action the current status does not allow; answered {@code 409} with the allowed actions (platform mapper). */
public class IllegalTransition extends uk.nhs.patientsafety.web.refusals.IllegalTransition {

    private final Status current;

    public IllegalTransition(Action action, Status current) {
        super(
                "'" + action.code() + "' is not allowed for a candour case in status '" + current.code() + "'.",
                current.code(),
                Action.allowedIn(current));
        this.current = current;
    }

    public Status current() {
        return current;
    }
}
