package uk.nhs.patientsafety.summit.write.summit;

import java.time.LocalDate;
import java.util.List;

/** The summit as its aggregate sees it right after a command, with its agreed actions' states. */
public record SummitResult(
        String id,
        String providerOds,
        String format,
        String status,
        int round,
        List<String> allowedActions,
        List<ActionItem> actions) {

    /** {@code state}: {@code assigned | overdue | completed | cancelled}. */
    public record ActionItem(String id, String ownerOds, LocalDate dueOn, String state) {}
}
