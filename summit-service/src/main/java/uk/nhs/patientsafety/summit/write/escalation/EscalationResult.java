package uk.nhs.patientsafety.summit.write.escalation;

import java.time.LocalDate;
import java.util.List;

/** The escalation as its aggregate sees it right after a command: its level, status, clocks and next actions. */
public record EscalationResult(
        String id,
        String providerOds,
        String direction,
        String raisedToOds,
        String status,
        List<String> allowedActions,
        List<Clock> clocks) {

    /** {@code stage}: acknowledgement or response; {@code state}: open, met, suspended, breached. */
    public record Clock(String stage, LocalDate dueOn, String state) {}
}
