package uk.nhs.patientsafety.incident.write.incident;

/** A domain rule refuses the command as given (e.g. a never event under PSIRF needs a PSII); answered {@code 422}. */
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
