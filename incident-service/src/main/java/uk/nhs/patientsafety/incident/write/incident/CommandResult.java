package uk.nhs.patientsafety.incident.write.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The incident as its aggregate sees it right after a command: what a caller needs to know next (status, allowed
 * actions, deadlines) without waiting for the read model.
 */
public record CommandResult(
        String id,
        String providerOds,
        String framework,
        String kind,
        String status,
        List<String> allowedActions,
        List<Deadline> deadlines) {

    /** A response deadline; {@code state} is {@code open | met | suspended | breached}. */
    public record Deadline(String type, LocalDate dueOn, Instant dueAt, String state) {}
}
