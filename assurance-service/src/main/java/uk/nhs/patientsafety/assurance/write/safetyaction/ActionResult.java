package uk.nhs.patientsafety.assurance.write.safetyaction;

import java.time.LocalDate;
import java.util.List;

/** The safety action right after a command. */
public record ActionResult(
        String id, String incidentId, String status, LocalDate dueOn, boolean overdue, List<String> allowedActions) {}
