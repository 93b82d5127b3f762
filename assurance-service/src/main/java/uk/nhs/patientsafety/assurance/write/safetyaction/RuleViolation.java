package uk.nhs.patientsafety.assurance.write.safetyaction;

/** A domain rule refuses the command (e.g. escalating an action that is not overdue); answered {@code 422}. */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
