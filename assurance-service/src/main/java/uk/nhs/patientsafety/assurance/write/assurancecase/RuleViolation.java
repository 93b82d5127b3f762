package uk.nhs.patientsafety.assurance.write.assurancecase;

/** A domain rule refuses the command as given (e.g. closure with open actions unmonitored); answered {@code 422}. */
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
