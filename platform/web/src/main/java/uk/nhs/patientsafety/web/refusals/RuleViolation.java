package uk.nhs.patientsafety.web.refusals;

/**
 * A domain rule refuses the command as given, naming the field it is about: {@code 422} problem+json with that field
 * in {@code errors}. Aggregates throw it; it carries no REST type, so aggregate packages stay free of them.
 */
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
