package uk.nhs.patientsafety.summit.read.summits;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A summit as its participants see it — the provider included, outcomes and all (G3) — built field by field from its
 * row: the latest round's meeting and outcome, and every agreed action with its state.
 */
public record SummitDetails(
        String id,
        String providerOds,
        String format,
        String convenorOds,
        String concernId,
        String status,
        int round,
        String chair,
        LocalDate heldOn,
        List<String> invitees,
        List<String> attendees,
        List<PackItem> intelligencePack,
        Outcome outcome,
        String deescalatedTo,
        List<ActionItem> actions,
        Instant requestedAt,
        Instant updatedAt) {

    public record PackItem(String kind, String reference) {}

    public record Outcome(String escalationDecision, Boolean followUpNeeded, String communicationsLine) {}

    /** {@code state}: assigned, completed or cancelled; {@code overdue} while assigned past its due date. */
    public record ActionItem(
            String id,
            int round,
            String description,
            String ownerOds,
            LocalDate dueOn,
            String state,
            boolean overdue) {}
}
