package uk.nhs.patientsafety.incident.events;

import java.util.Optional;
import uk.nhs.patientsafety.incident.events.IncidentEvents.*;

/**
 * Where an incident stands in its response (DOMAIN §3.6). The wire name is the lowercase constant. {@link #after}
 * is the one place that says which event moves an incident to which status: the aggregate and the read model both
 * use it, so they cannot disagree.
 */
public enum Status {
    REPORTED,
    // SIF 2015
    SI_DECLARED,
    SI_LOGGED,
    INITIAL_REVIEW_SUBMITTED,
    DOWNGRADE_REQUESTED,
    DOWNGRADED,
    UNDER_INVESTIGATION,
    CLOCK_STOP_REQUESTED,
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

    /** The status an event moves its incident to; empty for events that leave the status as it was. */
    public static Optional<Status> after(IncidentEvent event) {
        Status next = null;
        if (event instanceof IncidentReported) {
            next = REPORTED;
        } else if (event instanceof SeriousIncidentDeclared) {
            next = SI_DECLARED;
        } else if (event instanceof SeriousIncidentLoggedOnSteis) {
            next = SI_LOGGED;
        } else if (event instanceof InitialReviewSubmitted || event instanceof DowngradeRefused) {
            next = INITIAL_REVIEW_SUBMITTED;
        } else if (event instanceof DowngradeRequested) {
            next = DOWNGRADE_REQUESTED;
        } else if (event instanceof DowngradeAgreed) {
            next = DOWNGRADED;
        } else if (event instanceof InvestigationLevelSet
                || event instanceof InvestigationClockRestarted
                || event instanceof InvestigationClockStopRefused
                || event instanceof FurtherInformationRequested
                || event instanceof SeriousIncidentReopened) {
            next = UNDER_INVESTIGATION;
        } else if (event instanceof InvestigationClockStopRequested) {
            next = CLOCK_STOP_REQUESTED;
        } else if (event instanceof InvestigationClockStopped) {
            next = CLOCK_STOPPED;
        } else if (event instanceof InvestigationReportSubmitted) {
            next = AWAITING_ASSURANCE;
        } else if (event instanceof LearningResponseChosen chosen) {
            next = chosen.responseType().equals("referred_external") ? AWAITING_EXTERNAL : RESPONSE_CHOSEN;
        } else if (event instanceof LearningResponseTimeframeAgreed) {
            next = LEARNING_RESPONSE_IN_PROGRESS;
        } else if (event instanceof FindingsAgreed) {
            next = FINDINGS_AGREED;
        } else if (event instanceof SafetyActionsAgreed) {
            next = SAFETY_ACTIONS_AGREED;
        } else if (event instanceof SeriousIncidentClosed || event instanceof LearningResponseClosed) {
            next = CLOSED;
        }
        return Optional.ofNullable(next);
    }
}
