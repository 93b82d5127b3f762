package uk.nhs.patientsafety.assurance.write.actionplans;

import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /assurance/action-plans}: the incident and its SMART safety actions. */
public record PlanRequest(String incidentId, List<ActionRequest> actions) {

    /** One action: what, owned by which organisation and role, due when, and how success is measured. */
    public record ActionRequest(
            String description, String ownerOds, String ownerRole, LocalDate dueOn, String measureOfSuccess) {}
}
