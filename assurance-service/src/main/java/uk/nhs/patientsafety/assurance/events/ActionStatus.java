package uk.nhs.patientsafety.assurance.events;

import java.util.Optional;
import uk.nhs.patientsafety.assurance.events.ActionEvents.*;

/** Where a safety action stands; {@link #after} is shared by the aggregate and the projection. */
public enum ActionStatus {
    PROPOSED,
    AGREED,
    IN_PROGRESS,
    EVIDENCE_SUBMITTED,
    VERIFIED;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<ActionStatus> fromCode(String code) {
        for (ActionStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public static Optional<ActionStatus> after(ActionEvent event) {
        ActionStatus next = null;
        if (event instanceof SafetyActionProposed) {
            next = PROPOSED;
        } else if (event instanceof SafetyActionAgreed) {
            next = AGREED;
        } else if (event instanceof SafetyActionStarted || event instanceof SafetyActionEvidenceRejected) {
            next = IN_PROGRESS;
        } else if (event instanceof SafetyActionEvidenceSubmitted) {
            next = EVIDENCE_SUBMITTED;
        } else if (event instanceof SafetyActionVerified) {
            next = VERIFIED;
        }
        return Optional.ofNullable(next);
    }
}
