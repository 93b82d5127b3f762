package uk.nhs.patientsafety.summit.shared;

/** A domain rule refuses the command as given (e.g. closing without feedback); answered {@code 422} naming the field. */
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
