package uk.nhs.patientsafety.incident.write.intake.fhir;

import java.util.List;
import uk.nhs.patientsafety.web.Problem.FieldError;

/**
 * A FHIR body we cannot turn into a report. {@link #BAD_REQUEST} when it is not JSON, not FHIR, not an
 * {@code AdverseEvent} or breaks FHIR's own rules; {@link #UNPROCESSABLE} when it is a well-formed {@code AdverseEvent}
 * that does not fit our profile. The same split as FHIR's RESTful create. Fields are FHIRPath expressions.
 */
public class FhirRejection extends RuntimeException {

    public static final int BAD_REQUEST = 400;
    public static final int UNPROCESSABLE = 422;

    private final int status;
    private final List<FieldError> errors;

    public FhirRejection(int status, List<FieldError> errors) {
        super(status + " " + errors);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    static FhirRejection badRequest(String field, String message) {
        return new FhirRejection(BAD_REQUEST, List.of(new FieldError(field, message)));
    }

    public int status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
