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
    static final Set<String> SENT_BY = Set.of("post", "email", "by_hand");
    static final Set<String> UPDATE_BY = Set.of("in_person", "telephone", "letter", "email", "meeting");
    static final int MAX_LETTER = 20_000;
    static final Set<String> DOCUMENTS = Set.of("terms_of_reference", "draft_report", "final_report");
    /** A kept copy: PDF only, at most 256 KiB (the request limit leaves room for its base64). */
    static final int MAX_COPY_BYTES = 256 * 1024;

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
                    case DRAFT_WRITTEN_NOTIFICATION -> {
                        text(errors, "enquiryResults", body.enquiryResults(), MAX_TEXT);
                        text(errors, "text", body.text(), MAX_LETTER);
                        yield new DraftWrittenNotification(id, body.enquiryResults(), body.text(), at);
                    }
                    case MARK_WRITTEN_NOTIFICATION_SENT -> {
                        errors.required("documentId", body.documentId());
                        errors.required("sentOn", body.sentOn());
                        errors.required("method", body.method(), "is required: one of " + sorted(SENT_BY));
                        errors.oneOf("method", body.method(), SENT_BY);
                        yield new MarkWrittenNotificationSent(
                                id, body.documentId(), body.sentOn(), body.method(), copy(errors, body.copy()), at);
                    }
                    case PROVIDE_UPDATE -> {
                        errors.required("providedOn", body.providedOn());
                        errors.required("method", body.method(), "is required: one of " + sorted(UPDATE_BY));
                        errors.oneOf("method", body.method(), UPDATE_BY);
                        text(errors, "summary", body.summary(), MAX_TEXT);
                        yield new ProvideUpdate(id, body.providedOn(), body.method(), body.summary(), at);
                    }
                    case SHARE_FINDINGS -> {
                        errors.required("sharedOn", body.sharedOn());
                        errors.required("method", body.method(), "is required: one of " + sorted(UPDATE_BY));
                        errors.oneOf("method", body.method(), UPDATE_BY);
                        text(errors, "summary", body.summary(), MAX_TEXT);
                        yield new ShareFindings(id, body.sharedOn(), body.method(), body.summary(), at);
                    }
                    case COMPLETE -> new Complete(id, at);
                    case RECORD_FAMILY_MEETING -> {
                        errors.required("heldOn", body.heldOn());
                        errors.required("place", body.place());
                        text(errors, "place", body.place(), MAX_SHORT);
                        errors.required("awayFromSite", body.awayFromSite());
                        errors.required("purposeExplainedOrally", body.purposeExplainedOrally());
                        errors.required("purposeExplainedInWriting", body.purposeExplainedInWriting());
                        text(errors, "notes", body.notes(), MAX_TEXT);
                        yield new RecordFamilyMeeting(
                                id,
                                body.heldOn(),
                                body.place(),
                                body.awayFromSite(),
                                body.purposeExplainedOrally(),
                                body.purposeExplainedInWriting(),
                                body.notes(),
                                at);
                    }
                    case RECORD_FAMILY_CONCERN -> {
                        errors.required("recordedOn", body.recordedOn());
                        text(errors, "concern", body.concern(), MAX_TEXT);
                        text(errors, "answer", body.answer(), MAX_TEXT);
                        yield new RecordFamilyConcern(
                                id, body.concernNumber(), body.recordedOn(), body.concern(), body.answer(), at);
                    }
                    case RECORD_REPORT_SHARED -> {
                        errors.required("document", body.document(), "is required: one of " + sorted(DOCUMENTS));
                        errors.oneOf("document", body.document(), DOCUMENTS);
                        errors.required("sharedOn", body.sharedOn());
                        errors.required("asAgreed", body.asAgreed());
                        yield new RecordReportShared(id, body.document(), body.sharedOn(), body.asAgreed(), at);
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

    /** The kept copy's type and size limit: a PDF (by its signature, not only its label) of at most 256 KiB. */
    private static Copy copy(FieldErrors errors, ActionRequest.Copy given) {
        if (given == null) {
            return null;
        }
        FieldErrors at = errors.at("copy");
        if (!"application/pdf".equals(given.contentType())) {
            at.add("contentType", "must be application/pdf");
            return null;
        }
        byte[] content;
        try {
            content = java.util.Base64.getDecoder().decode(given.base64() == null ? "" : given.base64());
        } catch (IllegalArgumentException e) {
            at.add("base64", "must be base64");
            return null;
        }
        if (content.length == 0 || content.length > MAX_COPY_BYTES) {
            at.add("base64", "must be 1 byte to 256 KiB once decoded (got " + content.length + ")");
            return null;
        }
        if (!new String(content, 0, Math.min(5, content.length), java.nio.charset.StandardCharsets.US_ASCII)
                .equals("%PDF-")) {
            at.add("base64", "must be a PDF document");
            return null;
        }
        return new Copy("application/pdf", content);
    }

    private static void text(FieldErrors errors, String field, String value, int max) {
        if (value != null && !value.isBlank()) {
            errors.add(field, FreeText.problem(value, max));
        }
    }

    private static List<String> sorted(Set<String> values) {
        return values.stream().sorted().toList();
    }
}
