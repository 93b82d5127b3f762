package uk.nhs.patientsafety.assurance.write.assurancecase;

import uk.nhs.patientsafety.assurance.events.CaseStatus;

/** An action the current status does not allow; answered {@code 409} with the allowed actions (platform mapper). */
public class IllegalTransition extends uk.nhs.patientsafety.web.refusals.IllegalTransition {

    private final CaseStatus current;

    public IllegalTransition(Action action, CaseStatus current) {
        super(
                "'" + action.code() + "' is not allowed for an assurance case in status '" + current.code() + "'.",
                current.code(),
                Action.allowedFrom(current));
        this.current = current;
    }

    public CaseStatus current() {
        return current;
    }
}
