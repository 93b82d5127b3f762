package uk.nhs.patientsafety.incident.write.incident;

/** Where an incident stands in its response (DOMAIN §3.6). The wire name is the lowercase constant. */
public enum Status {
    REPORTED,
    // SIF 2015
    SI_DECLARED,
    SI_LOGGED,
    INITIAL_REVIEW_SUBMITTED,
    DOWNGRADE_REQUESTED,
    DOWNGRADED,
    UNDER_INVESTIGATION,
    CLOCK_STOPPED,
    AWAITING_ASSURANCE,
    // PSIRF 2022
    RESPONSE_CHOSEN,
    AWAITING_EXTERNAL,
    LEARNING_RESPONSE_IN_PROGRESS,
    FINDINGS_AGREED,
    SAFETY_ACTIONS_AGREED,
    // both
    CLOSED;

    public String code() {
        return name().toLowerCase();
    }
}
