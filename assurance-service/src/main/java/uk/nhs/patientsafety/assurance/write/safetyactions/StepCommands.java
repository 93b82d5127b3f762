package uk.nhs.patientsafety.assurance.write.safetyactions;

import java.time.Instant;
import java.util.Set;
import uk.nhs.patientsafety.assurance.write.safetyaction.Action;
import uk.nhs.patientsafety.assurance.write.safetyaction.ActionCommands.*;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/** A step's body becomes its command here, every field checked at once (400 {@code invalid-action}). */
final class StepCommands {

    static final int MAX_TEXT = 4000;
    /** Where an overdue action is raised: the quality forums, or the provider's board. */
    static final Set<String> FORUMS = Set.of("cqrg", "system_quality_group", "quality_committee", "provider_board");

    private StepCommands() {}

    static Object build(String id, Action action, StepRequest given, String by, Instant at) {
        StepRequest body = given == null ? StepRequest.EMPTY : given;
        FieldErrors errors = new FieldErrors();
        Object command =
                switch (action) {
                    case AGREE -> new AgreeSafetyAction(id, by, at);
                    case START -> new StartSafetyAction(id, at);
                    case SUBMIT_EVIDENCE -> new SubmitEvidence(id, text(errors, "evidence", body.evidence()), at);
                    case VERIFY -> new VerifySafetyAction(id, by, at);
                    case REJECT_EVIDENCE -> new RejectEvidence(id, text(errors, "reasons", body.reasons()), by, at);
                    case ESCALATE -> {
                        errors.required(
                                "forum",
                                body.forum(),
                                "must be one of " + FORUMS.stream().sorted().toList());
                        errors.oneOf("forum", body.forum(), FORUMS);
                        yield new EscalateSafetyAction(id, body.forum(), text(errors, "reason", body.reason()), by, at);
                    }
                };
        errors.throwIfAny(
                Problem.typed("invalid-action", 400, "Invalid action", "The action's body has invalid fields."));
        return command;
    }

    private static String text(FieldErrors errors, String field, String value) {
        errors.required(field, value, "is required for this action");
        if (value != null && !value.isBlank()) {
            errors.add(field, FreeText.problem(value, MAX_TEXT));
        }
        return value;
    }
}
