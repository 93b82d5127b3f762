package uk.nhs.patientsafety.candour.write.candourcase;

/** A regulation 20 rule refuses the command as given (e.g. a notification without an apology); answered {@code 422}. */
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
