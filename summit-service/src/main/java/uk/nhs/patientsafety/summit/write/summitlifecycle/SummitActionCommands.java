package uk.nhs.patientsafety.summit.write.summitlifecycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.summit.events.SummitEvents.PackItem;
import uk.nhs.patientsafety.summit.reference.Vocabularies;
import uk.nhs.patientsafety.summit.write.summit.Action;
import uk.nhs.patientsafety.summit.write.summit.SummitCommands.*;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/**
 * Where a summit action's body becomes its command: every field the action needs checked here, its vocabulary
 * included, and every invalid one named at once (400 {@code invalid-action}). What depends on the summit's state is
 * the aggregate's to refuse (409, 422).
 */
final class SummitActionCommands {

    static final int MAX_TEXT = 2000;
    static final int MAX_ORGANISATIONS = 30;
    private static final String REQUIRED = "is required for this action";

    private SummitActionCommands() {}

    static Object build(
            String id, Action action, SummitActionRequest given, List<String> levels, String by, Instant at) {
        SummitActionRequest body = given == null ? SummitActionRequest.EMPTY : given;
        FieldErrors errors = new FieldErrors();
        Object command =
                switch (action) {
                    case CONVENE -> {
                        text(errors, "chair", body.chair(), true, 200);
                        errors.required("heldOn", body.heldOn(), REQUIRED);
                        yield new Convene(
                                id,
                                body.chair(),
                                body.heldOn(),
                                organisations(errors, "invitees", body.invitees()),
                                pack(errors, body.intelligencePack()),
                                at);
                    }
                    case RECORD_HELD -> new RecordHeld(id, organisations(errors, "attendees", body.attendees()), at);
                    case RECORD_OUTCOMES -> {
                        List<String> decisions = new ArrayList<>(levels);
                        decisions.add(0, Vocabularies.NO_CHANGE);
                        errors.required("escalationDecision", body.escalationDecision(), REQUIRED);
                        errors.oneOf("escalationDecision", body.escalationDecision(), decisions);
                        errors.required("followUpNeeded", body.followUpNeeded(), REQUIRED);
                        text(errors, "communicationsLine", body.communicationsLine(), false, MAX_TEXT);
                        yield new RecordOutcomes(
                                id,
                                agreed(errors, body.actions()),
                                body.escalationDecision(),
                                Boolean.TRUE.equals(body.followUpNeeded()),
                                body.communicationsLine(),
                                at);
                    }
                    case SCHEDULE_FOLLOW_UP -> {
                        errors.required("heldOn", body.heldOn(), REQUIRED);
                        yield new ScheduleFollowUp(id, body.heldOn(), at);
                    }
                    case CONCLUDE -> {
                        errors.oneOf("deescalatedTo", body.deescalatedTo(), levels);
                        yield new Conclude(id, body.deescalatedTo(), at);
                    }
                    case COMPLETE_ACTION, CANCEL_ACTION ->
                        throw new IllegalArgumentException("an agreed action's step: see onAction");
                };
        errors.throwIfAny(problem());
        return command;
    }

    static Object onAction(
            String id, String actionId, Action action, SummitActionRequest given, String by, Instant at) {
        SummitActionRequest body = given == null ? SummitActionRequest.EMPTY : given;
        FieldErrors errors = new FieldErrors();
        text(errors, "reason", body.reason(), action == Action.CANCEL_ACTION, MAX_TEXT);
        errors.throwIfAny(problem());
        return action == Action.CANCEL_ACTION
                ? new CancelSummitAction(id, actionId, body.reason(), at)
                : new CompleteSummitAction(id, actionId, by, at);
    }

    private static Problem problem() {
        return Problem.typed(
                "invalid-action", 400, "Invalid action", "The action has invalid fields; nothing was changed.");
    }

    private static void text(FieldErrors errors, String field, String value, boolean required, int max) {
        if (required) {
            errors.required(field, value, REQUIRED);
        }
        if (value != null && !value.isBlank()) {
            errors.add(field, FreeText.problem(value, max));
        } else if (value != null) {
            errors.notBlank(field, value);
        }
    }

    private static List<String> organisations(FieldErrors errors, String field, List<String> values) {
        if (values == null || values.isEmpty() || values.size() > MAX_ORGANISATIONS) {
            errors.add(field, "must list 1-" + MAX_ORGANISATIONS + " ODS codes");
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null || !OdsCode.isValid(values.get(i))) {
                errors.add(field + "[" + i + "]", "must be an ODS code such as RT5");
            }
        }
        return values.stream().distinct().toList();
    }

    private static List<PackItem> pack(FieldErrors errors, List<SummitActionRequest.PackItem> items) {
        if (items == null) {
            return List.of();
        }
        if (items.size() > 100) {
            errors.add("intelligencePack", "must list at most 100 items");
            return List.of();
        }
        List<PackItem> pack = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            SummitActionRequest.PackItem item = items.get(i);
            String at = "intelligencePack[" + i + "]";
            if (item == null) {
                errors.add(at, "must be an item with kind and reference");
                continue;
            }
            errors.required(at + ".kind", item.kind());
            errors.oneOf(at + ".kind", item.kind(), Vocabularies.PACK_KINDS);
            errors.required(at + ".reference", item.reference());
            errors.valid(
                    at + ".reference",
                    item.reference(),
                    r -> r.matches("[A-Za-z0-9/._:-]{1,100}"),
                    "a reference: 1-100 letters, digits or / . _ : -");
            pack.add(new PackItem(item.kind(), item.reference()));
        }
        return pack;
    }

    private static List<AgreedAction> agreed(FieldErrors errors, List<SummitActionRequest.AgreedAction> given) {
        if (given == null) {
            errors.add("actions", "is required for this action (an empty list if none were agreed)");
            return List.of();
        }
        if (given.size() > 50) {
            errors.add("actions", "must list at most 50 actions");
            return List.of();
        }
        List<AgreedAction> actions = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            SummitActionRequest.AgreedAction action = given.get(i);
            String at = "actions[" + i + "]";
            if (action == null) {
                errors.add(at, "must be an action with description, ownerOds and dueOn");
                continue;
            }
            text(errors, at + ".description", action.description(), true, MAX_TEXT);
            errors.required(at + ".ownerOds", action.ownerOds());
            errors.valid(at + ".ownerOds", action.ownerOds(), OdsCode::isValid, "an ODS code such as RT5");
            errors.required(at + ".dueOn", action.dueOn());
            actions.add(new AgreedAction(
                    UUID.randomUUID().toString(), action.description(), action.ownerOds(), action.dueOn()));
        }
        return actions;
    }
}
