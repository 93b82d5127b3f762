package uk.nhs.patientsafety.incident.write.incident;

import uk.nhs.patientsafety.incident.events.Status;

/** An action the incident's current status does not allow; answered {@code 409} with the allowed actions. */
public class IllegalTransition extends uk.nhs.patientsafety.web.refusals.IllegalTransition {

    private final Status current;

    public IllegalTransition(Action action, String framework, Status current) {
        super(
                "'" + action.code() + "' is not allowed for a " + framework + " incident in status '" + current.code()
                        + "'.",
                current.code(),
                Action.allowedIn(framework, current));
        this.current = current;
    }

    public Status current() {
        return current;
    }
}
