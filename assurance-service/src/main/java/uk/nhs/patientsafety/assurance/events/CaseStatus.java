package uk.nhs.patientsafety.assurance.events;

import java.util.Optional;
import uk.nhs.patientsafety.assurance.events.CaseEvents.*;

/**
 * Where an assurance case stands (DOMAIN §4.2). {@link #after} is the one place that says which event moves a case to
 * which status: the aggregate and the read model both use it.
 */
public enum CaseStatus {
    OPENED,
    IN_REVIEW,
    FURTHER_INFORMATION_REQUESTED,
    CLOSURE_REFUSED,
    ESCALATED,
    CLOSED;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<CaseStatus> fromCode(String code) {
        for (CaseStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The status an event moves its case to; empty for events that leave it as it was. */
    public static Optional<CaseStatus> after(CaseEvent event) {
        CaseStatus next = null;
        if (event instanceof AssuranceCaseOpened) {
            next = OPENED;
        } else if (event instanceof AssuranceReviewStarted || event instanceof ReportResubmitted) {
            next = IN_REVIEW;
        } else if (event instanceof FurtherInformationRequested) {
            next = FURTHER_INFORMATION_REQUESTED;
        } else if (event instanceof ClosureRefused) {
            next = CLOSURE_REFUSED;
        } else if (event instanceof EscalatedToQualityForum) {
            next = ESCALATED;
        } else if (event instanceof ClosureAgreed) {
            next = CLOSED;
        }
        return Optional.ofNullable(next);
    }
}
