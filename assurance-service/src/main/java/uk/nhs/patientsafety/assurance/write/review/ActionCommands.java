package uk.nhs.patientsafety.assurance.write.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.nhs.patientsafety.assurance.events.CaseEvents;
import uk.nhs.patientsafety.assurance.reference.Vocabularies;
import uk.nhs.patientsafety.assurance.write.assurancecase.Action;
import uk.nhs.patientsafety.assurance.write.assurancecase.CaseCommands.*;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/**
 * Where an action's body becomes its command: every field the action needs is checked here, vocabularies included,
 * and every invalid one is named at once in a 400 ({@code invalid-action}). What depends on the case's state is the
 * aggregate's to refuse (409, 422).
 */
final class ActionCommands {

    static final int MAX_TEXT = 4000;
    static final int MAX_PANEL = 20;
    private static final String REQUIRED = "is required for this action";
    private static final Set<String> NEEDS_COMMENT = Set.of("no", "partial");

    private ActionCommands() {}

    static Object build(String id, Action action, ActionRequest given, String by, Instant at) {
        ActionRequest body = given == null ? ActionRequest.EMPTY : given;
        Fields fields = new Fields();
        Object command =
                switch (action) {
                    case START_REVIEW -> new StartReview(id, by, at);
                    case RECORD_REVIEW ->
                        new RecordReview(
                                id,
                                fields.oneOf("method", body.method(), Vocabularies.REVIEW_METHODS),
                                fields.panel(body.panel()),
                                fields.checklist(body.checklist()),
                                fields.text("comments", body.comments(), false),
                                by,
                                at);
                    case REQUEST_FURTHER_INFORMATION ->
                        new RequestFurtherInformation(id, fields.text("request", body.request(), true), by, at);
                    case AGREE_CLOSURE -> {
                        boolean monitored = Boolean.TRUE.equals(body.monitoringAgreed());
                        yield new AgreeClosure(
                                id,
                                monitored,
                                fields.text("monitoringArrangement", body.monitoringArrangement(), monitored),
                                fields.text("comments", body.comments(), false),
                                by,
                                at);
                    }
                    case REFUSE_CLOSURE ->
                        new RefuseClosure(
                                id,
                                fields.codes("reasonCodes", body.reasonCodes(), Vocabularies.REFUSAL_REASONS),
                                fields.text("comments", body.comments(), true),
                                by,
                                at);
                    case ESCALATE_TO_QUALITY_FORUM ->
                        new EscalateToQualityForum(
                                id,
                                fields.oneOf("forum", body.forum(), Vocabularies.QUALITY_FORUMS),
                                fields.text("reason", body.reason(), true),
                                by,
                                at);
                };
        fields.errors.throwIfAny(
                Problem.typed("invalid-action", 400, "Invalid action", "The action's body has invalid fields."));
        return command;
    }

    private static final class Fields {
        final FieldErrors errors = new FieldErrors();

        String text(String field, String value, boolean required) {
            return text(errors, field, value, required);
        }

        static String text(FieldErrors errors, String field, String value, boolean required) {
            if (required) {
                errors.required(field, value, REQUIRED);
            }
            if (value != null && !value.isBlank()) {
                errors.add(field, FreeText.problem(value, MAX_TEXT));
            }
            return value;
        }

        String oneOf(String field, String value, Collection<String> allowed) {
            errors.required(
                    field, value, "must be one of " + allowed.stream().sorted().toList());
            return errors.oneOf(field, value, allowed);
        }

        List<String> codes(String field, List<String> values, Collection<String> allowed) {
            if (values == null || values.isEmpty()) {
                errors.add(
                        field,
                        "must list at least one of " + allowed.stream().sorted().toList());
                return List.of();
            }
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                String value = values.get(i);
                String name = field + "[" + i + "]";
                if (value == null || !allowed.contains(value)) {
                    errors.add(
                            name, "must be one of " + allowed.stream().sorted().toList());
                } else if (!seen.add(value)) {
                    errors.add(name, "is listed twice");
                }
            }
            return List.copyOf(values);
        }

        List<CaseEvents.PanelMember> panel(List<ActionRequest.PanelMember> members) {
            if (members == null || members.isEmpty() || members.size() > MAX_PANEL) {
                errors.add("panel", "must name 1-" + MAX_PANEL + " reviewers, each with name and role");
                return List.of();
            }
            List<CaseEvents.PanelMember> panel = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                ActionRequest.PanelMember member = members.get(i);
                FieldErrors at = errors.at("panel", i);
                if (member == null) {
                    at.add("name", "is required");
                    continue;
                }
                panel.add(new CaseEvents.PanelMember(
                        text(at, "name", member.name(), true), text(at, "role", member.role(), true)));
            }
            return panel;
        }

        /** Every item from the checklist vocabulary, once; every required item answered; a no or partial explained. */
        List<CaseEvents.ChecklistAnswer> checklist(List<ActionRequest.ChecklistAnswer> answers) {
            if (answers == null || answers.isEmpty()) {
                errors.add("checklist", "must answer the quality checklist: " + Vocabularies.requiredChecklistItems());
                return List.of();
            }
            List<CaseEvents.ChecklistAnswer> checklist = new ArrayList<>();
            Set<String> answered = new HashSet<>();
            for (int i = 0; i < answers.size(); i++) {
                ActionRequest.ChecklistAnswer answer = answers.get(i);
                FieldErrors at = errors.at("checklist", i);
                if (answer == null) {
                    at.add("item", "is required");
                    continue;
                }
                if (answer.item() == null || !Vocabularies.CHECKLIST_ITEMS.containsKey(answer.item())) {
                    at.add("item", "must be one of " + Vocabularies.CHECKLIST_ITEMS.keySet());
                } else if (!answered.add(answer.item())) {
                    at.add("item", "is answered twice");
                }
                at.required("answer", answer.answer(), "must be one of " + Vocabularies.CHECKLIST_ANSWERS);
                at.oneOf("answer", answer.answer(), Vocabularies.CHECKLIST_ANSWERS);
                text(at, "comment", answer.comment(), NEEDS_COMMENT.contains(answer.answer()));
                checklist.add(new CaseEvents.ChecklistAnswer(answer.item(), answer.answer(), answer.comment()));
            }
            List<String> missing = Vocabularies.requiredChecklistItems().stream()
                    .filter(item -> !answered.contains(item))
                    .toList();
            if (!missing.isEmpty()) {
                errors.add("checklist", "must also answer " + missing);
            }
            return checklist;
        }
    }
}
