package uk.nhs.patientsafety.summit.events;

import java.util.Optional;
import uk.nhs.patientsafety.summit.events.ConcernEvents.*;

/**
 * Where a quality concern stands (DOMAIN §5.2). {@link #after} is the one place that says which event moves a concern
 * to which status: the aggregate and the read model both use it.
 */
public enum ConcernStatus {
    RAISED,
    NO_ACTION,
    MONITORING,
    SUMMIT_REQUESTED,
    CLOSED;

    public String code() {
        return name().toLowerCase();
    }

    public static Optional<ConcernStatus> fromCode(String code) {
        for (ConcernStatus status : values()) {
            if (status.code().equals(code)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }

    /** The status an event moves its concern to; empty for events that leave it as it was. */
    public static Optional<ConcernStatus> after(ConcernEvent event) {
        ConcernStatus next = null;
        if (event instanceof QualityConcernRaised) {
            next = RAISED;
        } else if (event instanceof QualityConcernScreened screened) {
            next = "monitor".equals(screened.outcome()) ? MONITORING : NO_ACTION;
        } else if (event instanceof ConcernSummitRequested) {
            next = SUMMIT_REQUESTED;
        } else if (event instanceof QualityConcernClosed) {
            next = CLOSED;
        }
        return Optional.ofNullable(next);
    }
}
