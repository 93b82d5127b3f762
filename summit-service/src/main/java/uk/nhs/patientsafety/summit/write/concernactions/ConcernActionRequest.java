package uk.nhs.patientsafety.summit.write.concernactions;

import java.time.LocalDate;

/**
 * The body of {@code POST /concerns/{id}/actions/{action}}: {@code screen} reads {@code outcome} ({@code no_action}
 * with {@code reason}, or {@code monitor} with {@code reviewOn}); {@code request-summit} reads {@code format};
 * {@code close} an optional {@code reason}.
 */
public record ConcernActionRequest(String outcome, String reason, LocalDate reviewOn, String format) {

    public static final ConcernActionRequest EMPTY = new ConcernActionRequest(null, null, null, null);
}
