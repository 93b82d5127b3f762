package uk.nhs.patientsafety.assurance.write.actionplans;

import java.time.LocalDate;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/** Every field of a plan checked at once (400 {@code invalid-action-plan}): SMART actions, nothing missing. */
final class PlanValidator {

    static final int MAX_ACTIONS = 50;
    static final int MAX_TEXT = 2000;

    private PlanValidator() {}

    static void validate(PlanRequest plan, LocalDate today) {
        FieldErrors errors = new FieldErrors();
        if (plan == null) {
            errors.add("incidentId", "is required");
            errors.throwIfAny(problem());
            return;
        }
        errors.required("incidentId", plan.incidentId());
        if (plan.actions() == null || plan.actions().isEmpty() || plan.actions().size() > MAX_ACTIONS) {
            errors.add("actions", "must list 1-" + MAX_ACTIONS + " safety actions");
        } else {
            for (int i = 0; i < plan.actions().size(); i++) {
                PlanRequest.ActionRequest action = plan.actions().get(i);
                FieldErrors at = errors.at("actions", i);
                if (action == null) {
                    at.add("description", "is required");
                    continue;
                }
                text(at, "description", action.description());
                at.required("ownerOds", action.ownerOds(), "is required: the organisation that owns the action");
                at.valid("ownerOds", action.ownerOds(), OdsCode::isValid, "an ODS code such as RT5");
                text(at, "ownerRole", action.ownerRole());
                at.required("dueOn", action.dueOn(), "is required: the date the action is due");
                at.valid("dueOn", action.dueOn(), due -> !due.isBefore(today), "today or later");
                text(at, "measureOfSuccess", action.measureOfSuccess());
            }
        }
        errors.throwIfAny(problem());
    }

    private static void text(FieldErrors errors, String field, String value) {
        errors.required(field, value);
        if (value != null && !value.isBlank()) {
            errors.add(field, FreeText.problem(value, MAX_TEXT));
        }
    }

    private static Problem problem() {
        return Problem.typed(
                "invalid-action-plan", 400, "Invalid action plan", "The plan has invalid fields; nothing was stored.");
    }
}
