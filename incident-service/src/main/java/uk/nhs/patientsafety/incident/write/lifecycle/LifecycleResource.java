package uk.nhs.patientsafety.incident.write.lifecycle;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import uk.nhs.patientsafety.eventsourcing.commands.AuditedCommands;
import uk.nhs.patientsafety.incident.access.IncidentAccess;
import uk.nhs.patientsafety.incident.events.IncidentEvents;
import uk.nhs.patientsafety.incident.reference.HarmCodes;
import uk.nhs.patientsafety.incident.write.incident.Action;
import uk.nhs.patientsafety.incident.write.incident.CommandResult;
import uk.nhs.patientsafety.incident.write.incident.IncidentCommands.*;
import uk.nhs.patientsafety.reference.identifiers.OdsCode;
import uk.nhs.patientsafety.reference.text.FreeText;
import uk.nhs.patientsafety.web.Caller;
import uk.nhs.patientsafety.web.CurrentCaller;
import uk.nhs.patientsafety.web.Problem;
import uk.nhs.patientsafety.web.ProblemException;

/**
 * {@code POST /incidents/{id}/actions/{action}}: moves an incident along its SIF 2015 or PSIRF 2022 path. The
 * provider's patient safety lead acts on its own incidents; the lead commissioner takes the commissioner's decisions
 * (downgrade, extension, closure). An action the status does not allow is {@code 409} naming the allowed ones.
 */
@Path("/incidents/{id}/actions/{action}")
public class LifecycleResource {

    private static final Set<String> LIKELIHOODS = Set.of("rare", "unlikely", "possible", "likely", "almost_certain");
    private static final Set<String> POTENTIAL_HARMS = Set.of("low", "moderate", "severe", "fatal");
    private static final Set<String> CLOCK_STOP_REASONS = Set.of("police", "coroner", "safeguarding", "other");
    private static final int MAX_TEXT = 2000;

    @Inject
    AuditedCommands commands;

    @Inject
    CurrentCaller callers;

    @Inject
    IncidentAccess access;

    @Inject
    Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Take an action on an incident",
            description = "Actions: " + "regrade-harm, involve-organisations, declare-serious-incident, log-on-steis,"
                    + " submit-initial-review, request-downgrade, agree-downgrade, refuse-downgrade,"
                    + " set-investigation-level, stop-clock, restart-clock, agree-extension, submit-report,"
                    + " request-further-information, close, reopen, choose-learning-response, agree-timeframe,"
                    + " agree-findings, agree-safety-actions, close-learning-response. Answers the incident's new"
                    + " status, allowed actions and deadlines.")
    public CommandResult act(
            @PathParam("id") String id,
            @PathParam("action") String actionCode,
            @HeaderParam("X-Request-Id") String requestId,
            ActionRequest body) {
        Caller caller = callers.get();
        Action action = Arrays.stream(Action.values())
                .filter(a -> a.code().equals(actionCode))
                .findFirst()
                .orElseThrow(() -> new ProblemException(Problem.of(
                        Response.Status.NOT_FOUND, "No such action: see the allowed actions of the incident.")));
        access.authoriseAction(caller, action, id);
        Object command = command(id, action, body == null ? ActionRequest.EMPTY : body, caller.org(), clock.instant());
        return commands.send(command, caller, requestId);
    }

    private Object command(String id, Action action, ActionRequest body, String by, Instant at) {
        Fields fields = new Fields(body);
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
                    case DECLARE_SERIOUS_INCIDENT -> new DeclareSeriousIncident(id, fields.riskAssessment(), at);
                    case LOG_ON_STEIS -> new LogOnSteis(id, fields.logNumber(body.logNumber()), at);
                    case SUBMIT_INITIAL_REVIEW -> new SubmitInitialReview(id, at);
                    case REQUEST_DOWNGRADE ->
                        new RequestDowngrade(id, fields.text("rationale", body.rationale(), true), at);
                    case AGREE_DOWNGRADE -> new AgreeDowngrade(id, by, at);
                    case REFUSE_DOWNGRADE ->
                        new RefuseDowngrade(id, by, fields.text("reason", body.reason(), true), at);
                    case SET_INVESTIGATION_LEVEL ->
                        new SetInvestigationLevel(id, fields.required("level", body.level()), at);
                    case STOP_CLOCK ->
                        new StopClock(
                                id,
                                fields.code(
                                        "reasonCode",
                                        body.reasonCode(),
                                        CLOCK_STOP_REASONS::contains,
                                        "one of "
                                                + CLOCK_STOP_REASONS.stream()
                                                        .sorted()
                                                        .toList()),
                                fields.text("reason", body.reason(), false),
                                at);
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
                                id, fields.required("responseType", body.responseType()), body.externalBody(), at);
                    case AGREE_TIMEFRAME ->
                        new AgreeTimeframe(id, fields.required("targetDate", body.targetDate()), at);
                    case AGREE_FINDINGS -> new AgreeFindings(id, at);
                    case AGREE_SAFETY_ACTIONS -> new AgreeSafetyActions(id, at);
                    case CLOSE_LEARNING_RESPONSE -> new CloseLearningResponse(id, at);
                };
        fields.throwIfInvalid();
        return command;
    }

    /** Collects every invalid field of an action's body, to answer them all at once. */
    private final class Fields {
        private final ActionRequest body;
        private final List<Problem.FieldError> errors = new ArrayList<>();

        Fields(ActionRequest body) {
            this.body = body;
        }

        <T> T required(String field, T value) {
            if (value == null || (value instanceof String text && text.isBlank())) {
                errors.add(new Problem.FieldError(field, "is required for this action"));
            } else if (value instanceof String text) {
                text(field, text, true);
            }
            return value;
        }

        String text(String field, String value, boolean required) {
            if (value == null || value.isBlank()) {
                if (required) {
                    errors.add(new Problem.FieldError(field, "is required for this action"));
                }
                return value;
            }
            FreeText.problem(value, MAX_TEXT).ifPresent(problem -> errors.add(new Problem.FieldError(field, problem)));
            return value;
        }

        String code(String field, String value, java.util.function.Predicate<String> valid, String expected) {
            if (value == null || !valid.test(value)) {
                errors.add(new Problem.FieldError(field, "must be " + expected));
            }
            return value;
        }

        String ods(String field, String value) {
            if (value != null && !OdsCode.isValid(value)) {
                errors.add(new Problem.FieldError(field, "must be an ODS code such as RT5"));
            }
            return value;
        }

        List<String> organisations(List<String> values) {
            if (values == null || values.isEmpty() || values.size() > 20) {
                errors.add(new Problem.FieldError("organisations", "must list 1-20 ODS codes"));
                return List.of();
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i) == null || !OdsCode.isValid(values.get(i))) {
                    errors.add(new Problem.FieldError("organisations[" + i + "]", "must be an ODS code such as RKB"));
                }
            }
            return values;
        }

        String logNumber(String value) {
            if (value == null || !value.matches("[A-Za-z0-9/-]{1,32}")) {
                errors.add(new Problem.FieldError(
                        "logNumber", "must be the StEIS log number: 1-32 letters, digits, / or -"));
            }
            return value;
        }

        IncidentEvents.RiskAssessment riskAssessment() {
            ActionRequest.RiskAssessment given = body.riskAssessment();
            if (given == null) {
                return null;
            }
            code(
                    "riskAssessment.likelihoodOfRecurrence",
                    given.likelihoodOfRecurrence(),
                    LIKELIHOODS::contains,
                    "one of " + LIKELIHOODS.stream().sorted().toList());
            code(
                    "riskAssessment.potentialHarm",
                    given.potentialHarm(),
                    POTENTIAL_HARMS::contains,
                    "one of " + POTENTIAL_HARMS.stream().sorted().toList());
            return new IncidentEvents.RiskAssessment(given.likelihoodOfRecurrence(), given.potentialHarm());
        }

        void throwIfInvalid() {
            if (!errors.isEmpty()) {
                throw new ProblemException(
                        Problem.typed("invalid-action", 400, "Invalid action", "The action's body has invalid fields.")
                                .withErrors(errors));
            }
        }
    }
}
