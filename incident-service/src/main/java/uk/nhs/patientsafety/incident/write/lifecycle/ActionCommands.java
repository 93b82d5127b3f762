package uk.nhs.patientsafety.incident.write.lifecycle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import uk.nhs.patientsafety.incident.events.IncidentEvents;
import uk.nhs.patientsafety.incident.reference.HarmCodes;
import uk.nhs.patientsafety.incident.reference.Vocabularies;
import uk.nhs.patientsafety.incident.write.incident.Action;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.*;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.web.FieldErrors;
import uk.nhs.patientsafety.web.Problem;

/**
 * Where an action's body becomes its command, in one place: every field the action needs is checked here, its
 * vocabulary included, and every invalid one is named at once in a 400 ({@code invalid-action}). What depends on the
 * incident's state or history is the aggregate's to refuse (409, 422).
 */
final class ActionCommands {

    static final int MAX_TEXT = 2000;
    private static final String REQUIRED = "is required for this action";

    private ActionCommands() {}

    static Object build(String id, Action action, ActionRequest given, String by, Instant at) {
        ActionRequest body = given == null ? ActionRequest.EMPTY : given;
        Fields fields = new Fields();
        Object command =
                switch (action) {
                    case REGRADE_HARM ->
                        new RegradeHarm(
                                id,
                                fields.required("patientRef", body.patientRef()),
                                fields.code(
                                        "physicalHarm",
                                        body.physicalHarm(),
                                        HarmCodes::isPhysical,
                                        "an LFPSE OT001 code 1-5"),
                                fields.code(
                                        "psychologicalHarm",
                                        body.psychologicalHarm(),
                                        HarmCodes::isPsychological,
                                        "an LFPSE OT002 code 1-4"),
                                fields.text("reason", body.reason(), true),
                                at);
                    case INVOLVE_ORGANISATIONS ->
                        new InvolveOrganisations(
                                id,
                                fields.organisations(body.organisations()),
                                fields.ods("coordinating", body.coordinating()),
                                at);
                    case DECLARE_SERIOUS_INCIDENT ->
                        new DeclareSeriousIncident(
                                id,
                                fields.riskAssessment(body.riskAssessment()),
                                fields.oneOf("category", body.category(), Vocabularies.SI_CATEGORIES),
                                Boolean.TRUE.equals(body.naturalCourseOfIllness()),
                                at);
                    case LOG_ON_STEIS -> new LogOnSteis(id, fields.logNumber(body.logNumber()), at);
                    case SUBMIT_INITIAL_REVIEW -> new SubmitInitialReview(id, at);
                    case REQUEST_DOWNGRADE ->
                        new RequestDowngrade(id, fields.text("rationale", body.rationale(), true), at);
                    case AGREE_DOWNGRADE -> new AgreeDowngrade(id, by, at);
                    case REFUSE_DOWNGRADE ->
                        new RefuseDowngrade(id, by, fields.text("reason", body.reason(), true), at);
                    case SET_INVESTIGATION_LEVEL ->
                        new SetInvestigationLevel(id, fields.oneOf("level", body.level(), Vocabularies.LEVELS), at);
                    case COMMISSION_INDEPENDENT_INVESTIGATION ->
                        new CommissionIndependentInvestigation(
                                id, by, fields.required("commissionedOn", body.commissionedOn()), at);
                    case REQUEST_CLOCK_STOP ->
                        new RequestClockStop(
                                id,
                                fields.oneOf("reasonCode", body.reasonCode(), Vocabularies.CLOCK_STOP_REASONS),
                                fields.text("reason", body.reason(), true),
                                at);
                    case AGREE_CLOCK_STOP ->
                        new AgreeClockStop(id, by, fields.required("reviewOn", body.reviewOn()), at);
                    case REFUSE_CLOCK_STOP ->
                        new RefuseClockStop(id, by, fields.text("reason", body.reason(), true), at);
                    case RESTART_CLOCK -> new RestartClock(id, at);
                    case AGREE_EXTENSION ->
                        new AgreeExtension(
                                id,
                                fields.required("reportDue", body.reportDue()),
                                by,
                                fields.text("reason", body.reason(), true),
                                at);
                    case SUBMIT_REPORT -> new SubmitReport(id, at);
                    case REQUEST_FURTHER_INFORMATION -> new RequestFurtherInformation(id, by, at);
                    case CLOSE -> new CloseSeriousIncident(id, by, at);
                    case REOPEN -> new ReopenSeriousIncident(id, fields.text("reason", body.reason(), true), at);
                    case CHOOSE_LEARNING_RESPONSE ->
                        new ChooseLearningResponse(
                                id,
                                fields.oneOf("responseType", body.responseType(), Vocabularies.LEARNING_RESPONSES),
                                fields.optionalOneOf("externalBody", body.externalBody(), Vocabularies.EXTERNAL_BODIES),
                                at);
                    case AGREE_TIMEFRAME ->
                        new AgreeTimeframe(id, fields.required("targetDate", body.targetDate()), at);
                    case AGREE_FINDINGS -> new AgreeFindings(id, at);
                    case AGREE_SAFETY_ACTIONS -> new AgreeSafetyActions(id, at);
                    case CLOSE_LEARNING_RESPONSE -> new CloseLearningResponse(id, at);
                };
        fields.errors.throwIfAny(
                Problem.typed("invalid-action", 400, "Invalid action", "The action's body has invalid fields."));
        return command;
    }

    /** The checks an action's fields get, recorded in one {@link FieldErrors}. */
    private static final class Fields {
        final FieldErrors errors = new FieldErrors();

        <T> T required(String field, T value) {
            errors.required(field, value, REQUIRED);
            if (value instanceof String text && !text.isBlank()) {
                errors.add(field, FreeText.problem(text, MAX_TEXT));
            }
            return value;
        }

        String text(String field, String value, boolean required) {
            if (required) {
                errors.required(field, value, REQUIRED);
            }
            if (value != null && !value.isBlank()) {
                errors.add(field, FreeText.problem(value, MAX_TEXT));
            }
            return value;
        }

        String code(String field, String value, Predicate<String> valid, String expected) {
            errors.required(field, value, "must be " + expected);
            return errors.valid(field, value, valid, expected);
        }

        String oneOf(String field, String value, Collection<String> allowed) {
            errors.required(field, value, REQUIRED);
            return errors.oneOf(field, value, allowed);
        }

        String optionalOneOf(String field, String value, Collection<String> allowed) {
            return errors.oneOf(field, value, allowed);
        }

        String ods(String field, String value) {
            return errors.valid(field, value, OdsCode::isValid, "an ODS code such as RT5");
        }

        List<String> organisations(List<String> values) {
            if (values == null || values.isEmpty() || values.size() > 20) {
                errors.add("organisations", "must list 1-20 ODS codes");
                return List.of();
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null || !OdsCode.isValid(values.get(i))) {
                    errors.add("organisations[" + i + "]", "must be an ODS code such as RKB");
                }
            }
            return values;
        }

        String logNumber(String value) {
            return code(
                    "logNumber",
                    value,
                    v -> v.matches("[A-Za-z0-9/-]{1,32}"),
                    "the StEIS log number: 1-32 letters, digits, / or -");
        }

        IncidentEvents.RiskAssessment riskAssessment(ActionRequest.RiskAssessment given) {
            if (given == null) {
                return null;
            }
            FieldErrors risk = errors.at("riskAssessment");
            risk.required(
                    "likelihoodOfRecurrence",
                    given.likelihoodOfRecurrence(),
                    "must be one of "
                            + Vocabularies.LIKELIHOODS.stream().sorted().toList());
            risk.oneOf("likelihoodOfRecurrence", given.likelihoodOfRecurrence(), Vocabularies.LIKELIHOODS);
            risk.required(
                    "potentialHarm",
                    given.potentialHarm(),
                    "must be one of "
                            + Vocabularies.POTENTIAL_HARMS.stream().sorted().toList());
            risk.oneOf("potentialHarm", given.potentialHarm(), Vocabularies.POTENTIAL_HARMS);
            return new IncidentEvents.RiskAssessment(given.likelihoodOfRecurrence(), given.potentialHarm());
        }
    }
}
