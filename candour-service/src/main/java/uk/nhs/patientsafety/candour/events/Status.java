package uk.nhs.patientsafety.candour.events;

import java.util.Optional;
import uk.nhs.patientsafety.candour.events.CandourEvents.*;

/**
 * Where a candour case stands (DOMAIN §6.2). The wire name is the lowercase constant. {@link #after} is the one place
 * that says which event moves a case to which status: the aggregate and the read model both use it.
 */
public enum Status {
    /** Screened: no assessment required by the harm recorded so far (a regrade screens again). */
    SCREENED_OUT,
    ASSESSMENT_REQUIRED,
    /** Assessed not notifiable; the general duty of openness (20(1)) still applies. A rise in harm reopens it. */
    NOT_APPLICABLE,
    /** A notifiable safety incident: the relevant person is to be identified. */
    APPLICABLE,
    RELEVANT_PERSON_IDENTIFIED,
    NOTIFIED,
    /** Declined or cannot be contacted: the statutory steps closed under 20(5). */
    EXEMPT,
    /** The written notification (20(4)) was sent; updates follow as the enquiries progress. */
    WRITTEN_SENT,
    /** The findings of the incident's investigation or learning response were shared. */
    FINDINGS_SHARED,
    COMPLETED;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<Status> fromCode(String code) {
        for (Status status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The status an event moves its case to; empty for events that leave the status as it was. */
    public static Optional<Status> after(CandourEvent event) {
        Status next = null;
        if (event instanceof CaseOpened) {
            next = SCREENED_OUT;
        } else if (event instanceof CandourAssessmentRequired) {
            next = ASSESSMENT_REQUIRED;
        } else if (event instanceof CandourAssessed assessed) {
            next = assessed.applicable() ? APPLICABLE : NOT_APPLICABLE;
        } else if (event instanceof RelevantPersonIdentified) {
            next = RELEVANT_PERSON_IDENTIFIED;
        } else if (event instanceof VerbalNotificationGiven) {
            next = NOTIFIED;
        } else if (event instanceof StatutoryStepsClosed) {
            next = EXEMPT;
        } else if (event instanceof WrittenNotificationSent) {
            next = WRITTEN_SENT;
        } else if (event instanceof CandourFindingsShared) {
            next = FINDINGS_SHARED;
        } else if (event instanceof CandourCompleted) {
            next = COMPLETED;
        }
        return Optional.ofNullable(next);
    }
}
