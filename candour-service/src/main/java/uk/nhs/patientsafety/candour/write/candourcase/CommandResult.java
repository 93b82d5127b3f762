package uk.nhs.patientsafety.candour.write.candourcase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The case as its aggregate sees it right after a command: status, allowed actions, deadlines, and the latest draft
 * of its written notification (null before the first).
 */
public record CommandResult(
        String id,
        String incidentId,
        String providerOds,
        String status,
        String ruleset,
        List<String> allowedActions,
        List<Deadline> deadlines,
        String latestDocumentId) {

    /** {@code state}: open, met, suspended (stopped) or breached. */
    public record Deadline(String step, LocalDate dueOn, Instant dueAt, String state) {}
}
