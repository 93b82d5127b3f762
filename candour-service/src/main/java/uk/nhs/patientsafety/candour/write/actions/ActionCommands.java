package uk.nhs.patientsafety.candour.write.actions;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.nhs.patientsafety.candour.events.RelevantPerson;
import uk.nhs.patientsafety.candour.write.candourcase.Action;
import uk.nhs.patientsafety.candour.write.candourcase.CandourCommands.*;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/**
 * Where an action's body becomes its command: vocabularies and text are checked here and every invalid field named
 * at once in a 400 ({@code invalid-action}). What regulation 20 requires of a record (the apology, the account, the
 * CQC tests…) is the aggregate's to refuse with a 422 naming the missing element.
 */
final class ActionCommands {

    static final int MAX_TEXT = 4000;
    static final int MAX_SHORT = 200;
    static final Set<String> HARM_CATEGORIES = Set.of(
            "death",
            "severe_harm",
            "moderate_harm",
            "prolonged_psychological_harm",
            "impairment_28_days",
            "body_structure_change",
            "prolonged_pain",
            "shortened_life_expectancy",
            "treatment_to_prevent");
    static final Set<String> BASES = Set.of("patient", "died", "under_16_not_competent", "lacks_capacity");
    static final Set<String> METHODS = Set.of("in_person", "telephone", "letter", "email", "other");

    private ActionCommands() {}

    /** {@code seal} seals the relevant person under the case's own vault key, once the body is known to be valid. */
    static Object build(
            String id, Action action, ActionRequest given, Instant at, Function<RelevantPerson, SealedPerson> seal) {
        ActionRequest body = given == null ? ActionRequest.EMPTY : given;
        FieldErrors errors = new FieldErrors();
        Object command =
                switch (action) {
                    case ASSESS -> {
                        errors.oneOf("harmCategory", body.harmCategory(), HARM_CATEGORIES);
                        text(errors, "rationale", body.rationale(), MAX_TEXT);
                        text(errors, "notApplicableReason", body.notApplicableReason(), MAX_TEXT);
                        yield new Assess(
                                id,
                                body.unintendedOrUnexpected(),
                                body.duringRegulatedActivity(),
                                body.harmCategory(),
                                body.potential(),
                                body.rationale(),
                                body.notApplicableReason(),
                                at);
                    }
                    case IDENTIFY_RELEVANT_PERSON -> {
                        errors.required("basis", body.basis(), "is required: one of " + sorted(BASES));
                        errors.oneOf("basis", body.basis(), BASES);
                        errors.required("name", body.name());
                        text(errors, "name", body.name(), MAX_SHORT);
                        if (body.basis() != null && !"patient".equals(body.basis())) {
                            errors.required(
                                    "relationship",
                                    body.relationship(),
                                    "is required for someone acting lawfully on the patient's behalf");
                        }
                        text(errors, "relationship", body.relationship(), MAX_SHORT);
                        text(errors, "telephone", body.telephone(), 40);
                        errors.valid(
                                "telephone",
                                body.telephone(),
                                t -> t.matches("[0-9 +()-]{6,40}"),
                                "a telephone number");
                        text(errors, "email", body.email(), MAX_SHORT);
                        errors.valid(
                                "email",
                                body.email(),
                                e -> e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
                                "an email address");
                        text(errors, "address", body.address(), 500);
                        yield null;
                    }
                    case RECORD_CONTACT_ATTEMPT -> {
                        errors.required("attemptedAt", body.attemptedAt());
                        errors.required("method", body.method(), "is required: one of " + sorted(METHODS));
                        errors.oneOf("method", body.method(), METHODS);
                        errors.required("successful", body.successful());
                        text(errors, "note", body.note(), MAX_TEXT);
                        yield new RecordContactAttempt(
                                id, body.attemptedAt(), body.method(), body.successful(), body.note(), at);
                    }
                    case RECORD_NOTIFICATION -> {
                        text(errors, "givenBy", body.givenBy(), MAX_SHORT);
                        text(errors, "place", body.place(), MAX_SHORT);
                        text(errors, "account", body.account(), MAX_TEXT);
                        text(errors, "furtherEnquiries", body.furtherEnquiries(), MAX_TEXT);
                        text(errors, "supportOffered", body.supportOffered(), MAX_TEXT);
                        text(errors, "apology", body.apology(), MAX_TEXT);
                        yield new RecordNotification(
                                id,
                                body.givenBy(),
                                body.givenAt(),
                                body.place(),
                                body.inPerson(),
                                body.account(),
                                body.furtherEnquiries(),
                                body.supportOffered(),
                                body.apology(),
                                at);
                    }
                    case RECORD_DECLINED -> {
                        text(errors, "reason", body.reason(), MAX_TEXT);
                        yield new RecordDeclined(id, body.reason(), at);
                    }
                    case RECORD_CANNOT_CONTACT -> {
                        text(errors, "reason", body.reason(), MAX_TEXT);
                        yield new RecordCannotContact(id, body.reason(), at);
                    }
                };
        errors.throwIfAny(
                Problem.typed("invalid-action", 400, "Invalid action", "The action's body has invalid fields."));
        if (action == Action.IDENTIFY_RELEVANT_PERSON) {
            SealedPerson sealed = seal.apply(new RelevantPerson(
                    body.name(),
                    "patient".equals(body.basis()) && body.relationship() == null ? "self" : body.relationship(),
                    body.telephone(),
                    body.email(),
                    body.address()));
            command = new IdentifyRelevantPerson(id, body.basis(), sealed.ref(), sealed.sealed(), at);
        }
        return command;
    }

    /** The relevant person as the vault sealed them. */
    record SealedPerson(String ref, String sealed) {}

    private static void text(FieldErrors errors, String field, String value, int max) {
        if (value != null && !value.isBlank()) {
            errors.add(field, FreeText.problem(value, max));
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
