package uk.nhs.patientsafety.assurance.write.safetyactions;

/** The body of {@code POST /assurance/safety-actions/{id}/actions/{action}}: each step reads what it needs. */
public record StepRequest(String evidence, String reasons, String forum, String reason) {

    public static final StepRequest EMPTY = new StepRequest(null, null, null, null);
}
