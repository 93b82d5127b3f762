package uk.nhs.patientsafety.summit.events;

import java.util.Optional;
import uk.nhs.patientsafety.summit.events.SummitEvents.*;

/**
 * Where a risk summit stands (DOMAIN §5.2). Recording the outcomes puts its actions in progress at once. The one
 * function the aggregate and the read model both use.
 */
public enum SummitStatus {
    REQUESTED,
    CONVENED,
    HELD,
    ACTIONS_IN_PROGRESS,
    FOLLOW_UP_SCHEDULED,
    CONCLUDED;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<SummitStatus> fromCode(String code) {
        for (SummitStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    public static Optional<SummitStatus> after(SummitEvent event) {
        SummitStatus next = null;
        if (event instanceof RiskSummitRequested) {
            next = REQUESTED;
        } else if (event instanceof RiskSummitConvened) {
            next = CONVENED;
        } else if (event instanceof RiskSummitHeld) {
            next = HELD;
        } else if (event instanceof RiskSummitOutcomeRecorded) {
            next = ACTIONS_IN_PROGRESS;
        } else if (event instanceof FollowUpSummitScheduled) {
            next = FOLLOW_UP_SCHEDULED;
        } else if (event instanceof RiskSummitConcluded) {
            next = CONCLUDED;
        }
        return Optional.ofNullable(next);
    }
}
