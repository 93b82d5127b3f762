package uk.nhs.patientsafety.assurance.write.assurancecase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The case as its aggregate sees it right after a command: what the caller needs next, without the read model. */
public record CommandResult(
        String id,
        String incidentId,
        String providerOds,
        String status,
        int submission,
        List<String> allowedActions,
        Review review) {

    /** The review clock; {@code state} is {@code open | met | suspended | breached}. */
    public record Review(LocalDate dueOn, Instant dueAt, String state) {}
}
